package dev.vireo.backup.cli;

import dev.vireo.backup.gc.GarbageCollector;
import dev.vireo.backup.gc.GcReport;
import dev.vireo.backup.repository.Repository;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "gc", description = "Delete or repack packs no recovery point needs.")
final class GcCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--grace",
      defaultValue = "PT24H",
      description =
          "Never delete files younger than this ISO-8601 duration (default ${DEFAULT-VALUE}).")
  Duration grace;

  @Option(
      names = "--repack-threshold",
      defaultValue = "0.2",
      description = "Repack a pack when more than this share of it is unused.")
  double threshold;

  @Option(names = "--dry-run")
  boolean dryRun;

  @Override
  public Integer call() {
    GcReport r;
    try (Repository repo0 = repo.open()) {
      r = new GarbageCollector(repo0, grace, threshold).collect(dryRun, repo.lockWaitMillis());
    }
    if (repo.json) {
      var o = Output.object();
      o.put("referencedChunks", r.referencedChunks());
      o.put("packsDeleted", r.packsDeleted());
      o.put("packsRepacked", r.packsRepacked());
      o.put("packsKept", r.packsKept());
      o.put("bytesFreed", r.bytesFreed());
      o.put("pointDirsRemoved", r.pointDirsRemoved());
      o.put("tempFilesRemoved", r.tempFilesRemoved());
      Output.json(spec.commandLine().getOut(), o);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              "%s%d packs deleted, %d repacked, %d kept, %s freed; %d stale point dirs, %d temp"
                  + " files removed%n",
              dryRun ? "(dry run) " : "",
              r.packsDeleted(),
              r.packsRepacked(),
              r.packsKept(),
              Output.bytes(r.bytesFreed()),
              r.pointDirsRemoved(),
              r.tempFilesRemoved());
    }
    return 0;
  }
}
