package dev.vireo.backup.cli;

import dev.vireo.backup.prune.PrunePlan;
import dev.vireo.backup.prune.Pruner;
import dev.vireo.backup.prune.RetentionPolicy;
import dev.vireo.backup.repository.Repository;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "prune", description = "Remove recovery points the retention policy does not keep.")
final class PruneCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--keep-last", defaultValue = "0")
  int last;

  @Option(names = "--keep-daily", defaultValue = "0")
  int daily;

  @Option(names = "--keep-weekly", defaultValue = "0")
  int weekly;

  @Option(names = "--keep-monthly", defaultValue = "0")
  int monthly;

  @Option(names = "--keep-within-days", defaultValue = "0")
  int within;

  @Option(names = "--dry-run", description = "Only show what would be removed.")
  boolean dryRun;

  @Override
  public Integer call() {
    RetentionPolicy p = new RetentionPolicy(last, daily, weekly, monthly, within);
    PrunePlan plan;
    try (Repository r = repo.openForFewRecords()) {
      plan = new Pruner(r).prune(p, Instant.now(), dryRun, repo.lockWaitMillis());
    }
    PrintWriter out = spec.commandLine().getOut();
    var o = Output.object();
    o.put("dryRun", dryRun);
    var keep = o.putObject("kept");
    plan.keep().forEach((id, rules) -> rules.forEach(keep.withArray(id.hex())::add));
    var removed = o.putArray("removed");
    plan.remove().forEach(id -> removed.add(id.hex()));
    if (repo.json) {
      Output.json(out, o);
    } else {
      plan.keep().forEach((id, rules) -> out.println("keep   " + id + " " + rules));
      plan.remove().forEach(id -> out.println((dryRun ? "would remove " : "remove ") + id));
    }
    return 0;
  }
}
