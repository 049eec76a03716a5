package dev.vireo.backup.cli;

import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.backup.BackupRequest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentListSource;
import dev.vireo.backup.source.ExtentMode;
import dev.vireo.backup.source.SparseImageSource;
import dev.vireo.backup.throughput.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "backup",
    description = "Take a recovery point.",
    subcommands = {BackupCommand.Image.class, BackupCommand.Extents.class})
final class BackupCommand {
  BackupCommand() {}

  @Command(name = "image", description = "Full backup of raw images, reading allocated extents.")
  static final class Image implements Callable<Integer> {
    @Mixin RepoOptions repo;
    @Mixin BackupTuning tuning;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<DiskSource> sources = new ArrayList<>();
      try {
        tuning.disks.forEach((id, p) -> sources.add(new SparseImageSource(new DiskId(id), p)));
        return run(repo, tuning, PointKind.FULL, sources, spec.commandLine().getOut());
      } finally {
        sources.forEach(DiskSource::close);
      }
    }
  }

  @Command(
      name = "extents",
      description =
          "Backup reading only the given extents (changed-block tracking). Incremental kinds take"
              + " unchanged chunks from the VM's newest point; 'full' treats the rest as zeros.")
  static final class Extents implements Callable<Integer> {
    @Mixin RepoOptions repo;
    @Mixin BackupTuning tuning;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--extents",
        required = true,
        description = "DISK_ID=FILE with 'OFFSET LENGTH' lines, repeatable.")
    Map<String, Path> extentFiles = new LinkedHashMap<>();

    @Option(
        names = "--kind",
        defaultValue = "incremental",
        description = "incremental, express-full or full (default ${DEFAULT-VALUE}).")
    String kind;

    @Override
    public Integer call() {
      PointKind k = parseKind(kind);
      ExtentMode mode = k == PointKind.FULL ? ExtentMode.ALLOCATED : ExtentMode.CHANGED;
      List<DiskSource> sources = new ArrayList<>();
      try {
        for (Map.Entry<String, Path> d : tuning.disks.entrySet()) {
          Path ef = extentFiles.get(d.getKey());
          if (ef == null) {
            throw new BackupException(
                ErrorCode.INVALID_ARGUMENT, "no --extents given for disk " + d.getKey());
          }
          sources.add(
              new ExtentListSource(
                  new DiskId(d.getKey()), d.getValue(), ExtentFiles.read(ef), mode));
        }
        return run(repo, tuning, k, sources, spec.commandLine().getOut());
      } finally {
        sources.forEach(DiskSource::close);
      }
    }
  }

  static PointKind parseKind(String s) {
    return switch (s) {
      case "incremental" -> PointKind.INCREMENTAL;
      case "express-full" -> PointKind.EXPRESS_FULL;
      case "full" -> PointKind.FULL;
      default -> throw new BackupException(ErrorCode.INVALID_ARGUMENT, "unknown kind " + s);
    };
  }

  static int run(
      RepoOptions ro, BackupTuning t, PointKind kind, List<DiskSource> sources, PrintWriter out) {
    Progress progress = new Progress("backup");
    long start;
    Manifest m;
    try (Repository repo = ro.open();
        ProgressReporter reporter =
            new ProgressReporter(progress, Invocation.current().err(), !ro.quiet)) {
      start = System.nanoTime(); // engine time: excludes JVM start and key derivation
      m =
          new BackupEngine(repo, t.options(progress))
              .backup(new BackupRequest(new VmId(t.vm), kind, sources));
    }
    double secs = (System.nanoTime() - start) / 1e9;
    print(m, secs, ro.json, out);
    return 0;
  }

  static void print(Manifest m, double secs, boolean json, PrintWriter out) {
    long read = m.disks().stream().mapToLong(DiskRecord::bytesRead).sum();
    long stored = m.disks().stream().mapToLong(DiskRecord::bytesStored).sum();
    var o = Output.object();
    o.put("point", m.pointId().hex());
    o.put("vm", m.vmId().value());
    o.put("kind", m.kind().name());
    o.put("createdAt", m.createdAt().toString());
    o.put("parent", m.parent().map(p -> p.hex()).orElse(null));
    o.put("disks", m.disks().size());
    o.put("diskBytes", m.totalSize());
    o.put("bytesRead", read);
    o.put("bytesStored", stored);
    o.put("chunksNew", m.disks().stream().mapToLong(DiskRecord::chunksNew).sum());
    o.put("seconds", Math.round(secs * 1000) / 1000.0);
    if (json) {
      Output.json(out, o);
    } else {
      out.printf(
          "recovery point %s (%s): read %s, stored %s new in %.1f s%n",
          m.pointId(), m.kind(), Output.bytes(read), Output.bytes(stored), secs);
    }
  }
}
