package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyScope;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository on a 12 MiB tmpfs fills up during the second backup: the error is DISK_FULL and the
 * first point stays intact. Needs permission to mount tmpfs (root); skipped otherwise.
 */
class DiskFullTest {
  @TempDir Path tmp;

  @Test
  void backup_onFullDisk_failsWithDiskFullAndKeepsCommittedPoints() throws Exception {
    Path mnt = Files.createDirectories(tmp.resolve("small"));
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mnt.toString()));
    try {
      Path small = tmp.resolve("small.img");
      Path big = tmp.resolve("big.img");
      try (RandomAccessFile f = new RandomAccessFile(small.toFile(), "rw")) {
        TestImages.writeRandom(f, 0, 2 << 20, new Random(1));
      }
      try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
        TestImages.writeRandom(f, 0, 24 << 20, new Random(2));
      }
      try (Repository repo = Repos.plain(mnt.resolve("repo"))) {
        Manifest first = Repos.full(repo, Repos.DISK, small);
        assertThatThrownBy(() -> Repos.full(repo, new DiskId("big"), big))
            .isInstanceOfSatisfying(
                BackupException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DISK_FULL));
        assertThat(repo.points().committed()).containsExactly(first.pointId());
        assertThat(new Verifier(repo, 1, new Progress("v")).verify(VerifyScope.all()).clean())
            .isTrue();
        Path out = tmp.resolve("out.img");
        new RestoreEngine(repo).restoreToFile(first.pointId(), Repos.DISK, out);
        assertThat(TestImages.sha256(out)).isEqualTo(TestImages.sha256(small));
      }
    } finally {
      run("umount", "-l", mnt.toString());
    }
  }

  private static boolean run(String... cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor() == 0;
  }
}
