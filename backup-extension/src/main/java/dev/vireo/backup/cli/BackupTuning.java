package dev.vireo.backup.cli;

import dev.vireo.backup.backup.BackupOptions;
import dev.vireo.backup.throughput.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of both backup subcommands. */
final class BackupTuning {
  @Option(names = "--vm", required = true, description = "VM id.")
  String vm;

  @Option(names = "--disk", required = true, description = "DISK_ID=IMAGE_PATH, repeatable.")
  Map<String, Path> disks = new LinkedHashMap<>();

  @Option(
      names = "--concurrency",
      defaultValue = "8",
      description = "Disks backed up at once (default ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--threads", description = "Hashing/compression threads (default: cores).")
  Integer threads;

  @Option(
      names = "--bwlimit",
      defaultValue = "0",
      converter = SizeConverter.class,
      description = "Read at most this many bytes per second, e.g. 100M (default: unlimited).")
  long bwlimit;

  BackupOptions options(Progress progress) {
    BackupOptions o = BackupOptions.defaults();
    int t = threads == null ? o.workerThreads() : threads;
    return new BackupOptions(concurrency, t, bwlimit, progress);
  }
}
