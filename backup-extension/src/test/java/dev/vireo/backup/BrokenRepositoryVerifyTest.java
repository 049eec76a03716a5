package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyReport;
import dev.vireo.backup.verify.VerifyScope;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deliberately broken fixture repositories that verify must report, never silently pass. */
class BrokenRepositoryVerifyTest {
  @TempDir Path tmp;
  Repository repo;
  Manifest point;
  Path image;

  @BeforeEach
  void fixture() throws Exception {
    image = tmp.resolve("a.img");
    TestImages.create(image, 8L << 20, 11);
    repo = Repos.plain(tmp.resolve("repo"));
    point = Repos.full(repo, Repos.DISK, image);
  }

  VerifyReport verify(VerifyScope scope) {
    return new Verifier(repo, 2, new Progress("verify")).verify(scope);
  }

  @Test
  void verify_cleanRepository_reportsClean() {
    VerifyReport r = verify(VerifyScope.all());
    assertThat(r.clean()).isTrue();
    assertThat(r.chunksChecked()).isPositive();
    assertThat(repo.points().isDamaged(point.pointId())).isFalse();
  }

  @Test
  void verify_missingPack_reportsMissingChunksAndMarksPointDamaged() throws Exception {
    PackId victim = PackFiles.list(repo.packsDir()).get(0);
    Files.delete(PackFiles.path(repo.packsDir(), victim));
    VerifyReport r = verify(VerifyScope.all());
    assertThat(r.missing()).isNotEmpty();
    assertThat(r.damagedPoints()).containsKey(point.pointId());
    assertThat(repo.points().isDamaged(point.pointId())).isTrue();
    assertThat(repo.points().damageReport(point.pointId())).anyMatch(l -> l.startsWith("missing "));
  }

  @Test
  void verify_flippedByteInBlob_reportsCorruptChunkAndRestoreRefuses() throws Exception {
    PackId victim = PackFiles.list(repo.packsDir()).get(0);
    flipByte(PackFiles.path(repo.packsDir(), victim), 16 + 100);
    VerifyReport r = verify(VerifyScope.points(List.of(point.pointId())));
    assertThat(r.corrupt()).hasSize(1);
    assertThat(repo.points().damageReport(point.pointId())).anyMatch(l -> l.startsWith("corrupt "));
    assertThatThrownBy(
            () ->
                new RestoreEngine(repo)
                    .restoreToFile(point.pointId(), Repos.DISK, tmp.resolve("out.img")))
        .isInstanceOfSatisfying(
            BackupException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MISSING_CHUNK));
  }

  @Test
  void backupAfterQuarantine_storesGoodCopyAndVerifyClearsDamage() throws Exception {
    PackId victim = PackFiles.list(repo.packsDir()).get(0);
    flipByte(PackFiles.path(repo.packsDir(), victim), 16 + 100);
    verify(VerifyScope.all());
    Manifest healed = Repos.full(repo, Repos.DISK, image);
    VerifyReport r = verify(VerifyScope.points(List.of(healed.pointId())));
    assertThat(r.clean()).isTrue();
    Path out = tmp.resolve("out.img");
    new RestoreEngine(repo).restoreToFile(healed.pointId(), Repos.DISK, out);
    assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(image));
  }

  @Test
  void incrementalAfterQuarantine_rereadsBadChunksFromSourceSoNewPointIsWhole() throws Exception {
    PackId victim = PackFiles.list(repo.packsDir()).get(0);
    flipByte(PackFiles.path(repo.packsDir(), victim), 16 + 100);
    verify(VerifyScope.all());
    Manifest inc =
        Repos.incremental(
            repo, Repos.DISK, image, List.of(new dev.vireo.backup.manifest.Extent(0, 4096)));
    assertThat(verify(VerifyScope.points(List.of(inc.pointId()))).clean()).isTrue();
    Path out = tmp.resolve("out.img");
    new RestoreEngine(repo).restoreToFile(inc.pointId(), Repos.DISK, out);
    assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(image));
  }

  @Test
  void verify_truncatedIndex_marksPointDamaged() throws Exception {
    Path idx = repo.points().index(point.pointId(), Repos.DISK);
    try (FileChannel ch = FileChannel.open(idx, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - 40);
    }
    VerifyReport r = verify(VerifyScope.all());
    assertThat(r.damagedPoints().get(point.pointId()))
        .anyMatch(l -> l.startsWith("index disk0 CORRUPT_INDEX"));
    assertThat(repo.points().isDamaged(point.pointId())).isTrue();
  }

  @Test
  void verify_truncatedPack_reportsUnreadablePackAndMissingChunks() throws Exception {
    PackId victim = PackFiles.list(repo.packsDir()).get(0);
    try (FileChannel ch =
        FileChannel.open(PackFiles.path(repo.packsDir(), victim), StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() / 2);
    }
    VerifyReport r = verify(VerifyScope.sample(0.1, 1));
    assertThat(r.unreadablePacks()).containsKey(victim.hex());
    assertThat(r.missing()).isNotEmpty();
    assertThat(r.clean()).isFalse();
  }

  static void flipByte(Path file, long pos) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(pos);
      int b = f.read();
      f.seek(pos);
      f.write(b ^ 0x40);
    }
  }
}
