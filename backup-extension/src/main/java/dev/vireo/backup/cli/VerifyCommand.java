package dev.vireo.backup.cli;

import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyReport;
import dev.vireo.backup.verify.VerifyScope;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    description =
        "Re-read and re-hash chunks; mark damaged points. Exit code 3 if anything is damaged.")
final class VerifyCommand implements Callable<Integer> {
  static final int EXIT_DAMAGED = 3;
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--sample", description = "Check this fraction (0..1) of stored chunks.")
  Double sample;

  @Option(names = "--point", description = "Check only chunks of these points (repeatable).")
  List<String> points = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "0", description = "Seed for --sample.")
  long seed;

  @Override
  public Integer call() {
    VerifyScope scope =
        !points.isEmpty()
            ? VerifyScope.points(points.stream().map(RecoveryPointId::new).toList())
            : sample != null ? VerifyScope.sample(sample, seed) : VerifyScope.all();
    Progress progress = new Progress("verify");
    VerifyReport r;
    try (Repository repo0 = repo.open();
        ProgressReporter rep =
            new ProgressReporter(progress, Invocation.current().err(), !repo.quiet)) {
      r = new Verifier(repo0, Runtime.getRuntime().availableProcessors(), progress).verify(scope);
    }
    print(r, spec.commandLine().getOut());
    return r.clean() ? 0 : EXIT_DAMAGED;
  }

  private void print(VerifyReport r, PrintWriter out) {
    var o = Output.object();
    o.put("clean", r.clean());
    o.put("pointsChecked", r.pointsChecked());
    o.put("chunksChecked", r.chunksChecked());
    o.put("bytesChecked", r.bytesChecked());
    var missing = o.putArray("missingChunks");
    r.missing().forEach(d -> missing.add(d.hex()));
    var corrupt = o.putArray("corruptChunks");
    r.corrupt().forEach(d -> corrupt.add(d.hex()));
    var packs = o.putObject("unreadablePacks");
    r.unreadablePacks().forEach(packs::put);
    var index = o.putObject("packIndexProblems");
    r.packIndexProblems().forEach(index::put);
    var damaged = o.putObject("damagedPoints");
    r.damagedPoints().forEach((id, l) -> l.forEach(damaged.withArray(id.hex())::add));
    if (repo.json) {
      Output.json(out, o);
      return;
    }
    out.printf(
        "%s: %d points, %d chunks (%s) checked; %d missing, %d corrupt, %d unreadable packs, %d"
            + " damaged points%n",
        r.clean() ? "clean" : "DAMAGED",
        r.pointsChecked(),
        r.chunksChecked(),
        Output.bytes(r.bytesChecked()),
        r.missing().size(),
        r.corrupt().size(),
        r.unreadablePacks().size(),
        r.damagedPoints().size());
    r.damagedPoints()
        .forEach(
            (id, l) ->
                out.println("damaged " + id + ": " + l.size() + " problem(s), first: " + l.get(0)));
    r.packIndexProblems()
        .forEach(
            (f, p) ->
                out.println(
                    "pack index "
                        + f
                        + ": "
                        + p
                        + " (no recovery point is affected; run gc to rewrite the index)"));
  }
}
