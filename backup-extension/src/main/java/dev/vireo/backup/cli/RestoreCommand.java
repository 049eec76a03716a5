package dev.vireo.backup.cli;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.throughput.Progress;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "restore",
    description =
        "Restore a recovery point: all disks to a directory (sparse <disk>.img files), one disk to"
            + " a file, or one disk to stdout.")
final class RestoreCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--point", required = true, description = "Recovery point id.")
  String point;

  @Option(names = "--disk", description = "Only this disk (needed with --output/--stdout).")
  String disk;

  @Option(names = "--target", description = "Directory for all disks' images.")
  Path target;

  @Option(
      names = "--output",
      description =
          "Image file (overwritten sparse) or block device (at least the disk's size, not in use)"
              + " for --disk.")
  Path output;

  @Option(names = "--stdout", description = "Write --disk's bytes to stdout.")
  boolean stdout;

  @Option(names = "--parallel", defaultValue = "8", description = "Disks restored at once.")
  int parallel;

  @Option(
      names = "--threads",
      description = "Fetch/decrypt/decompress/verify threads (default: cores).")
  Integer threads;

  @Override
  public Integer call() {
    RecoveryPointId id = new RecoveryPointId(point);
    Progress progress = new Progress("restore");
    long start;
    try (Repository r = repo.open();
        ProgressReporter rep =
            new ProgressReporter(progress, Invocation.current().err(), !repo.quiet)) {
      start = System.nanoTime(); // engine time: excludes JVM start and key derivation
      RestoreEngine engine =
          new RestoreEngine(
              r, threads != null ? threads : Runtime.getRuntime().availableProcessors(), progress);
      if (stdout || output != null) {
        DiskId d = requireDisk();
        if (stdout) {
          OutputStream os = new BufferedOutputStream(Invocation.current().stdout(), 1 << 20);
          engine.restoreToStream(id, d, os);
        } else {
          engine.restoreToFile(id, d, output);
        }
      } else if (target != null) {
        engine.restoreAll(id, target, parallel);
      } else {
        throw new BackupException(
            ErrorCode.INVALID_ARGUMENT, "give --target DIR, or --disk with --output or --stdout");
      }
    }
    report(progress, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private DiskId requireDisk() {
    if (disk == null) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "--output/--stdout need --disk");
    }
    return new DiskId(disk);
  }

  private void report(Progress p, double secs) {
    var o = Output.object();
    o.put("point", point);
    o.put("bytes", p.total());
    o.put("bytesFetched", p.bytesTransferred());
    o.put("seconds", Math.round(secs * 1000) / 1000.0);
    if (stdout) {
      Invocation.current().err().println(o);
    } else if (repo.json) {
      Output.json(spec.commandLine().getOut(), o);
    } else {
      spec.commandLine().getOut().printf("restored %s in %.1f s%n", Output.bytes(p.total()), secs);
    }
  }
}
