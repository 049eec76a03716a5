package dev.vireo.backup.cli;

import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackEntry;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.repository.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Repository size, deduplication and compression.")
final class StatsCommand implements Callable<Integer> {
  @Mixin RepoOptions repo;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var o = Output.object();
    try (Repository r = repo.open()) {
      List<Manifest> ms = r.manifests();
      PackCatalog c = r.loadPacks();
      long plain = 0;
      long sealed = 0;
      for (List<PackEntry> es : c.packs().values()) {
        for (PackEntry e : es) {
          plain += e.plainLength();
          sealed += e.sealedLength();
        }
      }
      o.put("points", ms.size());
      o.put("logicalBytes", ms.stream().mapToLong(Manifest::totalSize).sum());
      o.put("packs", PackFiles.list(r.packsDir()).size());
      o.put("packIndexFiles", PackIndex.list(r.packIndexDir()).size());
      o.put("chunks", c.chunkCount());
      o.put("chunkBytes", plain);
      o.put("storedChunkBytes", sealed);
      o.put("repositoryBytes", du(r.root()));
      o.put("chunkSize", r.chunkSize());
      o.put("encrypted", r.config().encrypted());
    }
    if (repo.json) {
      Output.json(spec.commandLine().getOut(), o);
    } else {
      o.fields()
          .forEachRemaining(
              e -> spec.commandLine().getOut().println(e.getKey() + ": " + e.getValue()));
    }
    return 0;
  }

  static long du(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0;
                }
              })
          .sum();
    }
  }
}
