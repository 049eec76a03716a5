package dev.vireo.backup.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.repository.Repository;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List recovery points, oldest first.")
final class ListCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--vm", description = "Only this VM.")
  String vm;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ArrayNode arr = Output.array();
    try (Repository r = repo.openForFewRecords()) {
      for (Manifest m : r.manifests()) {
        if (vm != null && !m.vmId().value().equals(vm)) {
          continue;
        }
        var o = arr.addObject();
        o.put("point", m.pointId().hex());
        o.put("vm", m.vmId().value());
        o.put("createdAt", m.createdAt().toString());
        o.put("kind", m.kind().name());
        o.put("damaged", r.points().isDamaged(m.pointId()));
        var disks = o.putArray("disks");
        for (DiskRecord d : m.disks()) {
          disks.addObject().put("id", d.diskId().value()).put("size", d.diskSize());
        }
        if (!repo.json) {
          out.printf(
              "%s  %-12s %s  %-12s %2d disk(s) %10s%s%n",
              m.pointId(),
              m.vmId(),
              m.createdAt(),
              m.kind(),
              m.disks().size(),
              Output.bytes(m.totalSize()),
              r.points().isDamaged(m.pointId()) ? "  DAMAGED" : "");
        }
      }
    }
    if (repo.json) {
      Output.json(out, arr);
    }
    return 0;
  }
}
