package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.gc.GarbageCollector;
import dev.vireo.backup.gc.GcReport;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.prune.Pruner;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GarbageCollectorTest {
  @TempDir Path tmp;

  @Test
  void gc_deletesPacksOfPrunedPointsOnly() throws Exception {
    Path a = tmp.resolve("a.img");
    Path b = tmp.resolve("b.img");
    TestImages.create(a, 4L << 20, 1);
    TestImages.create(b, 4L << 20, 2);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest ma = Repos.full(repo, Repos.DISK, a);
      Manifest mb = Repos.full(repo, new DiskId("other"), b);
      int before = PackFiles.list(repo.packsDir()).size();
      new Pruner(repo).removePoint(ma.pointId());
      GcReport r = new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);
      assertThat(r.packsDeleted() + r.packsRepacked()).isPositive();
      assertThat(PackFiles.list(repo.packsDir()).size()).isLessThan(before + 1);
      Path out = tmp.resolve("out.img");
      new RestoreEngine(repo).restoreToFile(mb.pointId(), new DiskId("other"), out);
      assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(b));
    }
  }

  @Test
  void gc_keepsUnreferencedPacksYoungerThanGracePeriod() throws Exception {
    Path a = tmp.resolve("a.img");
    TestImages.create(a, 4L << 20, 1);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest ma = Repos.full(repo, Repos.DISK, a);
      new Pruner(repo).removePoint(ma.pointId());
      int before = PackFiles.list(repo.packsDir()).size();
      GcReport r = new GarbageCollector(repo, Duration.ofHours(1), 0.2).collect(false, 0);
      assertThat(r.packsDeleted()).isZero();
      assertThat(PackFiles.list(repo.packsDir())).hasSize(before);
    }
  }

  @Test
  void gc_removesLeftoversOfCrashedBackups() throws Exception {
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Path orphan =
          repo.points()
              .dir(dev.vireo.backup.manifest.RecoveryPointId.create(java.time.Instant.now()));
      Files.createDirectories(orphan);
      Files.write(orphan.resolve("disk0.idx.tmp"), new byte[10]);
      Files.createDirectories(repo.packsDir().resolve("ab"));
      Files.write(repo.packsDir().resolve("ab").resolve("ab00.pack.tmp"), new byte[10]);
      GcReport r = new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);
      assertThat(r.pointDirsRemoved()).isEqualTo(1);
      assertThat(r.tempFilesRemoved()).isEqualTo(1);
      assertThat(orphan).doesNotExist();
    }
  }

  @Test
  void gc_refusesWhenAnIndexIsUnreadable() throws Exception {
    Path a = tmp.resolve("a.img");
    TestImages.create(a, 4L << 20, 1);
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      Manifest ma = Repos.full(repo, Repos.DISK, a);
      Files.write(repo.points().index(ma.pointId(), Repos.DISK), new byte[] {1, 2, 3});
      int before = PackFiles.list(repo.packsDir()).size();
      assertThatThrownBy(() -> new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0))
          .isInstanceOfSatisfying(
              BackupException.class,
              e ->
                  assertThat(e.code()).isIn(ErrorCode.CORRUPT_INDEX, ErrorCode.UNSUPPORTED_FORMAT));
      assertThat(PackFiles.list(repo.packsDir())).hasSize(before);
    }
  }

  @Test
  void gc_waitsForRunningBackup_failsFastWhenLockedShared() throws Exception {
    try (Repository repo = Repos.plain(tmp.resolve("repo"));
        RepositoryLock backupLock = repo.lockShared(0)) {
      assertThatThrownBy(() -> new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 100))
          .isInstanceOfSatisfying(
              BackupException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.REPOSITORY_LOCKED));
    }
  }
}
