package dev.vireo.backup.restore;

import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import dev.vireo.backup.throughput.Progress;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Restores recovery points under the shared lock. */
public final class RestoreEngine {
  /** Threads reading pack regions and writing runs (direct I/O blocks its thread). */
  private static final int IO_THREADS = 4;

  private final Repository repo;
  private final int workerThreads;
  private final Progress progress;

  public RestoreEngine(Repository repo, int workerThreads, Progress progress) {
    this.repo = repo;
    this.workerThreads = Math.max(1, workerThreads);
    this.progress = progress;
  }

  public RestoreEngine(Repository repo) {
    this(repo, Runtime.getRuntime().availableProcessors(), new Progress("restore"));
  }

  /** Restores one disk to a raw image file (created sparse, or overwritten with holes punched). */
  public void restoreToFile(RecoveryPointId point, DiskId disk, Path target) {
    run(point, List.of(disk), d -> new FileTarget(target, d.diskSize()), 1);
  }

  /** Restores one disk as a byte stream (zero chunks are written as zeros). */
  public void restoreToStream(RecoveryPointId point, DiskId disk, OutputStream out) {
    run(point, List.of(disk), d -> new StreamTarget(out), 1);
  }

  /** Restores every disk of a point to {@code <dir>/<diskId>.img}, {@code parallel} at a time. */
  public List<Path> restoreAll(RecoveryPointId point, Path dir, int parallel) {
    AtomicFiles.createDirectories(dir);
    Manifest m = repo.manifest(point);
    List<DiskId> disks = m.disks().stream().map(DiskRecord::diskId).toList();
    run(
        point,
        disks,
        d -> new FileTarget(dir.resolve(d.diskId() + ".img"), d.diskSize()),
        parallel);
    return disks.stream().map(d -> dir.resolve(d + ".img")).toList();
  }

  private void run(
      RecoveryPointId point,
      List<DiskId> disks,
      java.util.function.Function<DiskRecord, RestoreTarget> targets,
      int parallel) {
    try (RepositoryLock lock = repo.lockShared(Long.MAX_VALUE)) {
      Manifest m = repo.manifest(point);
      List<DiskRecord> records = new ArrayList<>();
      for (DiskId id : disks) {
        records.add(
            m.disk(id)
                .orElseThrow(
                    () ->
                        new BackupException(
                            ErrorCode.DISK_NOT_FOUND, "point " + point + " has no disk " + id)));
      }
      records.forEach(r -> progress.addTotal(r.diskSize()));
      runDisks(point, records, targets, repo.loadPacks(), Math.max(1, parallel));
    }
  }

  private void runDisks(
      RecoveryPointId point,
      List<DiskRecord> records,
      java.util.function.Function<DiskRecord, RestoreTarget> targets,
      PackCatalog catalog,
      int parallel) {
    ExecutorService workers = Executors.newFixedThreadPool(workerThreads, daemon("restore"));
    ExecutorService io = Executors.newFixedThreadPool(IO_THREADS, daemon("restore-io"));
    ExecutorService diskPool =
        Executors.newFixedThreadPool(Math.min(parallel, records.size()), daemon("restore-disk"));
    int maxChunk = records.stream().mapToInt(DiskRecord::chunkSize).max().orElse(1);
    RunPipeline pipeline = new RunPipeline(repo, maxChunk, io, workers, runsInFlight());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (DiskRecord r : records) {
        futures.add(diskPool.submit(() -> restoreDisk(point, r, targets, catalog, pipeline)));
      }
      for (Future<?> f : futures) {
        DiskRestore.await(f);
      }
    } finally {
      diskPool.shutdownNow();
      workers.shutdownNow();
      io.shutdownNow();
    }
  }

  private void restoreDisk(
      RecoveryPointId point,
      DiskRecord r,
      java.util.function.Function<DiskRecord, RestoreTarget> targets,
      PackCatalog catalog,
      RunPipeline pipeline) {
    try (DiskIndexReader idx =
            DiskIndexReader.open(repo.points().index(point, r.diskId()), repo.sealer());
        RestoreTarget t = targets.apply(r)) {
      new DiskRestore(r, idx, catalog, pipeline, t, progress, runsInFlight()).run();
    }
  }

  /** Enough runs in flight to keep every worker and the disk busy: two per worker, plus two. */
  private int runsInFlight() {
    return 2 * workerThreads + 2;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return run -> {
      Thread t = new Thread(run, "vireo-" + name);
      t.setDaemon(true);
      return t;
    };
  }
}
