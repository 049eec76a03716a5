package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.gc.GarbageCollector;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyReport;
import dev.vireo.backup.verify.VerifyScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a backup process (a child JVM running the CLI) with SIGKILL at random moments, at least 20
 * times in 40 trials (in CI; {@code -Dcrash.trials=N} runs more, as the benchmark script does, and
 * then requires kills in at least half of them). After every kill, verify must be clean; at the end
 * every point that was committed restores byte-identical, before and after gc has removed the
 * crashed backups' leftovers.
 */
class CrashSafetyIT {
  private static final int TRIALS = Math.max(40, Integer.getInteger("crash.trials", 40));
  private static final long SIZE = 32L << 20;
  @TempDir Path tmp;

  @Test
  void killMinus9DuringBackup_neverLosesOrDamagesCommittedPoints() throws Exception {
    Path img = tmp.resolve("disk.img");
    TestImages.create(img, SIZE, 99);
    Path repoDir = tmp.resolve("repo");
    Repos.plain(repoDir).close();
    Random rnd = new Random(Long.getLong("crash.seed", 20261122L));
    Map<RecoveryPointId, String> expected = new LinkedHashMap<>();
    List<Extent> pending = new ArrayList<>();
    int killedMidway = 0;
    // How long the last completed backup of each kind (full / incremental) took. Kill trials
    // wait a random fraction of that, so kills land inside the run on fast and slow machines alike.
    Map<Boolean, Long> lastMillis = new java.util.HashMap<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      pending.addAll(
          trial % 2 == 0
              ? TestImages.clusteredChurn(img, 4, 256 * 1024, rnd)
              : TestImages.scatteredChurn(img, 60, rnd));
      String sha = TestImages.sha256(img);
      boolean full = expected.isEmpty() || rnd.nextInt(4) == 0;
      boolean killTrial = trial % 3 != 0 && lastMillis.containsKey(full);
      long started = System.nanoTime();
      Process p = startBackup(repoDir, img, full, pending);
      boolean finished =
          killTrial
              ? p.waitFor(
                  (long) (lastMillis.get(full) * (0.1 + 0.6 * rnd.nextDouble())),
                  TimeUnit.MILLISECONDS)
              : p.waitFor(10, TimeUnit.MINUTES);
      if (!finished) {
        p.destroyForcibly().waitFor();
        killedMidway++;
      } else {
        lastMillis.put(full, (System.nanoTime() - started) / 1_000_000);
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("child.err"))).isZero();
      }
      Set<RecoveryPointId> committed = committedPoints(repoDir);
      for (RecoveryPointId id : committed) {
        if (!expected.containsKey(id)) {
          expected.put(id, sha);
          pending.clear();
        }
      }
      assertThat(committed).containsAll(expected.keySet());
      assertVerifyClean(repoDir);
    }
    System.out.printf(
        "crash test: %d of %d backups killed mid-run, %d points committed%n",
        killedMidway, TRIALS, expected.size());
    assertThat(killedMidway)
        .as("kills that interrupted a running backup")
        .isGreaterThanOrEqualTo(TRIALS / 2);
    assertThat(expected).as("committed points").isNotEmpty();
    assertAllRestore(repoDir, expected);
    try (Repository repo = Repository.open(repoDir, Optional.empty())) {
      new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);
    }
    assertVerifyClean(repoDir);
    assertAllRestore(repoDir, expected);
    System.out.printf(
        "crash test passed: %d trials, %d kills mid-backup, verify clean after each, %d committed"
            + " points restored byte-identical before and after gc%n",
        TRIALS, killedMidway, expected.size());
  }

  private Process startBackup(Path repo, Path img, boolean full, List<Extent> extents)
      throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(
        List.of(
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            // a child killed between extracting a native library (zstd-jni, ACCP) and removing it
            // leaves it in its temporary directory: the test's, not the machine's
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path")));
    cmd.add("dev.vireo.backup.cli.VireoBackupCli");
    cmd.add("backup");
    if (full) {
      cmd.addAll(List.of("image", "--disk", "d0=" + img));
    } else {
      Path ef = tmp.resolve("extents.txt");
      StringBuilder sb = new StringBuilder();
      extents.forEach(e -> sb.append(e.offset()).append(' ').append(e.length()).append('\n'));
      Files.writeString(ef, sb);
      cmd.addAll(List.of("extents", "--disk", "d0=" + img, "--extents", "d0=" + ef));
    }
    cmd.addAll(List.of("--repo", repo.toString(), "--vm", "vm1", "--quiet", "--bwlimit", "32M"));
    return new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("child.err").toFile())
        .start();
  }

  private static Set<RecoveryPointId> committedPoints(Path repoDir) {
    try (Repository repo = Repository.open(repoDir, Optional.empty())) {
      return new HashSet<>(repo.points().committed());
    }
  }

  private static void assertVerifyClean(Path repoDir) {
    try (Repository repo = Repository.open(repoDir, Optional.empty())) {
      VerifyReport r = new Verifier(repo, 2, new Progress("v")).verify(VerifyScope.all());
      assertThat(r.clean()).as("verify after crash: %s", r).isTrue();
    }
  }

  private void assertAllRestore(Path repoDir, Map<RecoveryPointId, String> expected)
      throws Exception {
    try (Repository repo = Repository.open(repoDir, Optional.empty())) {
      Path out = tmp.resolve("restore.img");
      for (Map.Entry<RecoveryPointId, String> e : expected.entrySet()) {
        new RestoreEngine(repo).restoreToFile(e.getKey(), Repos.DISK_D0, out);
        assertThat(TestImages.sha256(out)).as("point %s", e.getKey()).isEqualTo(e.getValue());
      }
    }
  }
}
