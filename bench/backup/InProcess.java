// The backup benchmark's Vireo steps run the way the management server runs them: inside a JVM
// that has backed up and restored before (its code compiled, its key derived), not in a fresh
// CLI process. Not a test; bench/backup/run.sh runs it with the CLI jar on the class path:
//
//   java -cp vireo-backup-cli.jar bench/backup/InProcess.java \
//     full|incremental|restore REPO SCRATCH_DIR IMAGE [EXTENTS_FILE | POINT OUTPUT]
//
// Each call first warms the JVM on a scratch repository of its own under SCRATCH_DIR (a backup of
// the image's first 256 MiB, an incremental of the next 64 MiB, a restore of that point), then
// times the one operation on REPO and prints {"seconds": …} (REPO is created for "full"). The
// warm-up reads other parts of the image than the timed steps of the benchmark read, with direct
// I/O as the timed step does, so it leaves nothing in a cache that the timed step would find.
import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.backup.BackupOptions;
import dev.vireo.backup.backup.BackupRequest;
import dev.vireo.backup.cli.ExtentFiles;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.repository.InitOptions;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentListSource;
import dev.vireo.backup.source.ExtentMode;
import dev.vireo.backup.source.SparseImageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

public class InProcess {
  static final DiskId DISK = new DiskId("d0");
  static final VmId VM = new VmId("bench");
  static final long MIB = 1 << 20;

  public static void main(String[] a) throws Exception {
    String op = a[0];
    Path repoDir = Path.of(a[1]);
    Path scratch = Path.of(a[2]);
    Path image = Path.of(a[3]);
    Optional<char[]> pass = Optional.of(System.getenv("VIREO_PASSPHRASE").toCharArray());
    warmUp(scratch, image, pass);
    if (op.equals("full")) {
      Repository.init(repoDir, InitOptions.defaults().withPassphrase(pass.get())).close();
    }
    try (Repository repo = Repository.open(repoDir, pass)) {
      long t0 = System.nanoTime();
      switch (op) {
        case "full" -> backup(repo, PointKind.FULL, new SparseImageSource(DISK, image));
        case "incremental" ->
            backup(
                repo,
                PointKind.INCREMENTAL,
                new ExtentListSource(
                    DISK, image, ExtentFiles.read(Path.of(a[4])), ExtentMode.CHANGED));
        case "restore" ->
            new RestoreEngine(repo).restoreToFile(new RecoveryPointId(a[4]), DISK, Path.of(a[5]));
        default -> throw new IllegalArgumentException("unknown step " + op);
      }
      System.out.printf("{\"seconds\": %.3f}%n", (System.nanoTime() - t0) / 1e9);
    }
  }

  static void warmUp(Path scratch, Path image, Optional<char[]> pass) throws Exception {
    Path dir = scratch.resolve("warm-repo");
    Repository.init(dir, InitOptions.defaults().withPassphrase(pass.get())).close();
    try (Repository repo = Repository.open(dir, pass)) {
      backup(
          repo,
          PointKind.FULL,
          new ExtentListSource(
              DISK, image, List.of(new Extent(0, 256 * MIB)), ExtentMode.ALLOCATED));
      Manifest m =
          backup(
              repo,
              PointKind.INCREMENTAL,
              new ExtentListSource(
                  DISK, image, List.of(new Extent(256 * MIB, 64 * MIB)), ExtentMode.CHANGED));
      Path out = scratch.resolve("warm.img");
      new RestoreEngine(repo).restoreToFile(m.pointId(), DISK, out);
      Files.delete(out);
    }
  }

  static Manifest backup(Repository repo, PointKind kind, DiskSource src) {
    try (src) {
      return new BackupEngine(repo, BackupOptions.defaults())
          .backup(new BackupRequest(VM, kind, List.of(src)));
    }
  }

}
