package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.backup.BackupOptions;
import dev.vireo.backup.backup.BackupRequest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.SparseImageSource;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {
  private static final long SIZE = 16L << 20;
  @TempDir Path tmp;

  @Test
  void fullBackup_restoresByteIdenticalAndSparse() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 1);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      Path out = tmp.resolve("out.img");
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, out);
      assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(img));
      assertThat(TestImages.allocatedBytes(out)).isLessThan(SIZE * 3 / 4);
    }
  }

  @Test
  void fullBackup_readsOnlyAllocatedExtentsAndStoresNoZeroChunks() throws Exception {
    Path img = tmp.resolve("a.img");
    try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
      f.setLength(SIZE);
      f.seek(SIZE / 2);
      f.write(new byte[1 << 20]);
    }
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      DiskRecord d = Repos.full(repo, Repos.DISK, img).disks().get(0);
      assertThat(d.bytesRead()).isEqualTo(1 << 20);
      assertThat(d.chunksNew()).isZero();
      assertThat(d.bytesStored()).isZero();
    }
  }

  @Test
  void secondFullBackup_deduplicatesEverything() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 2);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Repos.full(repo, Repos.DISK, img);
      DiskRecord second =
          Repos.full(repo, new dev.vireo.backup.manifest.DiskId("copy"), img).disks().get(0);
      assertThat(second.chunksNew()).isZero();
    }
  }

  @Test
  void incremental_withExtents_readsOnlyChangedChunksAndRestoresWhole() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 3);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest full = Repos.full(repo, Repos.DISK, img);
      String before = TestImages.sha256(img);
      List<Extent> changed = TestImages.clusteredChurn(img, 2, 128 * 1024, new Random(5));
      Manifest inc = Repos.incremental(repo, Repos.DISK, img, changed);
      assertThat(inc.disks().get(0).bytesRead()).isLessThanOrEqualTo(4 * (128 + 64) * 1024);
      assertThat(inc.parent()).contains(full.pointId());
      Path a = tmp.resolve("full.img");
      Path b = tmp.resolve("inc.img");
      new RestoreEngine(repo).restoreToFile(full.pointId(), Repos.DISK, a);
      new RestoreEngine(repo).restoreToFile(inc.pointId(), Repos.DISK, b);
      assertThat(TestImages.sha256(a)).isEqualTo(before);
      assertThat(TestImages.sha256(b)).isEqualTo(TestImages.sha256(img));
    }
  }

  @Test
  void restore_punchesHolesForZeroChunksWhenOverwriting() throws Exception {
    Path img = tmp.resolve("a.img");
    try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
      f.setLength(SIZE);
      TestImages.writeRandom(f, 0, 1 << 20, new Random(1));
    }
    Path out = tmp.resolve("out.img");
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      TestImages.writeRandom(f, 0, SIZE, new Random(2));
    }
    assertThat(TestImages.allocatedBytes(out)).isGreaterThanOrEqualTo(SIZE);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, out);
    }
    assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(img));
    assertThat(TestImages.allocatedBytes(out)).isLessThan(2L << 20);
  }

  @Test
  void restoreToStream_writesZerosInline() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, 4L << 20, 4);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new RestoreEngine(repo).restoreToStream(m.pointId(), Repos.DISK, out);
      assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(img));
    }
  }

  @Test
  void encryptedRepository_roundTripsAndRejectsWrongPassphrase() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, 4L << 20, 6);
    Path dir = tmp.resolve("repo");
    Manifest m;
    try (Repository repo = Repos.encrypted(dir, "correct horse")) {
      m = Repos.full(repo, Repos.DISK, img);
    }
    try (Repository repo = Repository.open(dir, Optional.of("correct horse".toCharArray()))) {
      Path out = tmp.resolve("out.img");
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, out);
      assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(img));
    }
    assertThatThrownBy(() -> Repository.open(dir, Optional.of("wrong".toCharArray())))
        .isInstanceOfSatisfying(
            BackupException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_PASSPHRASE));
    assertThatThrownBy(() -> Repository.open(dir, Optional.empty()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.PASSPHRASE_REQUIRED));
  }

  @Test
  void multiDiskBackup_runsDisksConcurrentlyAndRestoresAllInParallel() throws Exception {
    List<Path> images = new java.util.ArrayList<>();
    List<dev.vireo.backup.source.DiskSource> sources = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Path img = tmp.resolve("d" + i + ".img");
      TestImages.create(img, 4L << 20, 40 + i);
      images.add(img);
      sources.add(
          new dev.vireo.backup.source.SparseImageSource(
              new dev.vireo.backup.manifest.DiskId("d" + i), img));
    }
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest m =
          new dev.vireo.backup.backup.BackupEngine(
                  repo, dev.vireo.backup.backup.BackupOptions.defaults().withConcurrentDisks(3))
              .backup(
                  new dev.vireo.backup.backup.BackupRequest(
                      Repos.VM, dev.vireo.backup.manifest.PointKind.FULL, sources));
      assertThat(m.disks()).hasSize(3);
      List<Path> out = new RestoreEngine(repo).restoreAll(m.pointId(), tmp.resolve("all"), 3);
      for (int i = 0; i < 3; i++) {
        assertThat(TestImages.sha256(out.get(i))).isEqualTo(TestImages.sha256(images.get(i)));
      }
    } finally {
      sources.forEach(dev.vireo.backup.source.DiskSource::close);
    }
  }

  @Test
  void open_missingRepository_failsWithRepositoryNotFound() {
    assertThatThrownBy(() -> Repository.open(tmp.resolve("nope"), Optional.empty()))
        .isInstanceOfSatisfying(
            BackupException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.REPOSITORY_NOT_FOUND));
  }

  @Test
  void incremental_withoutPreviousPoint_failsWithNoPreviousPoint() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, 4L << 20, 7);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      assertThatThrownBy(
              () -> Repos.incremental(repo, Repos.DISK, img, List.of(new Extent(0, 4096))))
          .isInstanceOfSatisfying(
              BackupException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_PREVIOUS_POINT));
      assertThat(repo.points().allDirectories()).isEmpty();
    }
  }

  @Test
  void incremental_buildsOnItsOwnVmsNewestPointWithWholeMetadata() throws Exception {
    Path a = tmp.resolve("a.img");
    Path b = tmp.resolve("b.img");
    TestImages.create(a, 4L << 20, 8);
    TestImages.create(b, 4L << 20, 9);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Repos.full(repo, Repos.DISK, a);
      Manifest second = Repos.full(repo, Repos.DISK, a);
      DiskSource other = new SparseImageSource(Repos.DISK, b);
      try (other) { // a newer point of another VM with the same disk id
        new BackupEngine(repo, BackupOptions.defaults())
            .backup(new BackupRequest(new VmId("vm2"), PointKind.FULL, List.of(other)));
      }
      List<Extent> changed = TestImages.clusteredChurn(a, 1, 64 * 1024, new Random(10));
      Manifest inc1 = Repos.incremental(repo, Repos.DISK, a, changed);
      assertThat(inc1.parent()).contains(second.pointId());

      repo.points().markDamaged(inc1.pointId(), List.of("index disk0 CORRUPT_INDEX test"));
      Manifest inc2 = Repos.incremental(repo, Repos.DISK, a, changed);
      assertThat(inc2.parent())
          .as("skips the newer point whose index is damaged")
          .contains(second.pointId());
      Path out = tmp.resolve("out.img");
      new RestoreEngine(repo).restoreToFile(inc2.pointId(), Repos.DISK, out);
      assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(a));
    }
  }
}
