package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.gc.GarbageCollector;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.prune.Pruner;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyReport;
import dev.vireo.backup.verify.VerifyScope;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack index (format §4.7) is a cache of pack tables: it must give exactly the catalog the
 * packs give, and a missing, stale, damaged or lying index must never change what is backed up or
 * restored.
 */
class PackIndexTest {
  @TempDir Path tmp;

  private Path image(long seed) throws Exception {
    Path img = tmp.resolve("disk-" + seed + ".img");
    TestImages.create(img, 6L << 20, seed);
    return img;
  }

  private static PackCatalog fromIndex(Repository repo) {
    return repo.loadPacks();
  }

  private static PackCatalog fromPacks(Repository repo) {
    return PackCatalog.loadFromPacks(repo.packsDir(), repo.sealer(), Set.of());
  }

  private static VerifyReport verify(Repository repo) {
    return new Verifier(repo, 2, new Progress("verify")).verify(VerifyScope.all());
  }

  @Test
  void backup_writesAnIndexCoveringItsPacks_thatGivesTheSameCatalogAsThePacks() throws Exception {
    try (Repository repo = Repos.encrypted(tmp.resolve("repo"), "pass")) {
      Repos.full(repo, Repos.DISK, image(1));
      assertThat(PackIndex.list(repo.packIndexDir())).hasSize(1);
      PackCatalog c = fromIndex(repo);
      assertThat(c.readFromPacks()).as("no pack read one by one").isEmpty();
      assertThat(c.unreadableIndexes()).isEmpty();
      assertThat(c.packs()).isEqualTo(fromPacks(repo).packs()).isNotEmpty();
      assertThat(c.summaries(c.packs().keySet()))
          .containsExactlyInAnyOrderElementsOf(
              fromPacks(repo).summaries(fromPacks(repo).packs().keySet()));
    }
  }

  @Test
  void repositoryWithoutIndex_isReadFromThePacks_andTheNextBackupIndexesEveryPack()
      throws Exception {
    Path img = image(2);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Repos.full(repo, Repos.DISK, img);
      AtomicFiles.deleteTree(repo.packIndexDir()); // as made before pack indexes existed
      PackCatalog old = fromIndex(repo);
      assertThat(old.readFromPacks()).isEqualTo(old.packs().keySet()).isNotEmpty();

      List<Extent> changed = TestImages.clusteredChurn(img, 2, 256 * 1024, new Random(3));
      Manifest inc = Repos.incremental(repo, Repos.DISK, img, changed);
      PackCatalog now = fromIndex(repo);
      assertThat(now.readFromPacks()).isEmpty();
      assertThat(now.packs()).isEqualTo(fromPacks(repo).packs());
      assertRestores(repo, inc, img);
    }
  }

  @Test
  void indexEntriesOfDeletedPacks_areIgnored() throws Exception {
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Repos.full(repo, Repos.DISK, image(4));
      PackId victim = PackFiles.list(repo.packsDir()).get(0);
      Files.delete(PackFiles.path(repo.packsDir(), victim));
      PackCatalog c = fromIndex(repo);
      assertThat(c.packs()).doesNotContainKey(victim).isEqualTo(fromPacks(repo).packs());
      c.packs().get(c.packs().keySet().iterator().next()); // others still there
    }
  }

  @Test
  void damagedIndex_isIgnoredByReaders_reportedByVerify_andRewrittenByGc() throws Exception {
    Path img = image(5);
    try (Repository repo = Repos.encrypted(tmp.resolve("repo"), "pass")) {
      Manifest full = Repos.full(repo, Repos.DISK, img);
      Path index = PackIndex.list(repo.packIndexDir()).get(0);
      try (RandomAccessFile f = new RandomAccessFile(index.toFile(), "rw")) {
        f.seek(f.length() / 2);
        int b = f.read();
        f.seek(f.length() / 2);
        f.write(b ^ 0x10);
      }
      PackCatalog c = fromIndex(repo);
      assertThat(c.unreadableIndexes()).containsOnlyKeys(index);
      assertThat(c.unreadableIndexes().get(index).code()).isEqualTo(ErrorCode.CORRUPT_PACK_INDEX);
      assertThat(c.packs()).isEqualTo(fromPacks(repo).packs());
      assertRestores(repo, full, img);

      VerifyReport r = verify(repo);
      assertThat(r.clean()).isFalse();
      assertThat(r.packIndexProblems()).containsOnlyKeys(index.getFileName().toString());
      assertThat(r.damagedPoints()).as("no point is damaged by a bad index").isEmpty();
      assertThat(r.missing()).isEmpty();

      new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);
      assertThat(index).doesNotExist();
      assertThat(PackIndex.list(repo.packIndexDir())).hasSize(1);
      assertThat(fromIndex(repo).readFromPacks()).isEmpty();
      assertThat(verify(repo).clean()).isTrue();
    }
  }

  @Test
  void indexGivingAPackAnotherTable_isReportedByVerify() throws Exception {
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Repos.full(repo, Repos.DISK, image(6));
      PackCatalog c = fromPacks(repo);
      PackSummary real = c.summaries(c.packs().keySet()).get(0);
      PackSummary lie =
          new PackSummary(
              real.id(), real.tableStart(), real.entries().subList(1, real.entries().size()));
      Path bad = repo.writePackIndex(List.of(lie)).get(0);
      VerifyReport r = verify(repo);
      assertThat(r.packIndexProblems())
          .containsOnlyKeys(bad.getFileName().toString())
          .allSatisfy((f, p) -> assertThat(p).contains(real.id().hex()).contains("differs"));
    }
  }

  @Test
  void gc_compactsManyIndexFilesIntoOne_coveringExactlyThePacksThatRemain() throws Exception {
    Path img = image(7);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      List<Manifest> points = new ArrayList<>();
      points.add(Repos.full(repo, Repos.DISK, img));
      Random rnd = new Random(8);
      for (int i = 0; i < 4; i++) {
        List<Extent> changed = TestImages.clusteredChurn(img, 3, 512 * 1024, rnd);
        points.add(Repos.incremental(repo, Repos.DISK, img, changed));
      }
      assertThat(PackIndex.list(repo.packIndexDir())).hasSize(5);
      String newest = TestImages.sha256(img);
      new Pruner(repo).removePoint(points.get(0).pointId());
      new Pruner(repo).removePoint(points.get(1).pointId());

      new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);

      List<Path> files = PackIndex.list(repo.packIndexDir());
      assertThat(files).hasSize(1);
      Set<PackId> indexed = new HashSet<>();
      PackIndex.read(files.get(0), repo.sealer(), id -> true).forEach(s -> indexed.add(s.id()));
      assertThat(indexed).isEqualTo(new HashSet<>(PackFiles.list(repo.packsDir())));
      assertThat(fromIndex(repo).readFromPacks()).isEmpty();
      assertThat(fromIndex(repo).packs()).isEqualTo(fromPacks(repo).packs());
      Path out = tmp.resolve("out.img");
      new RestoreEngine(repo).restoreToFile(points.get(4).pointId(), Repos.DISK, out);
      assertThat(TestImages.sha256(out)).isEqualTo(newest);
      assertThat(verify(repo).clean()).isTrue();
    }
  }

  private void assertRestores(Repository repo, Manifest m, Path img) throws Exception {
    Path out = tmp.resolve("restored-" + m.pointId() + ".img");
    new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, out);
    assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(img));
  }
}
