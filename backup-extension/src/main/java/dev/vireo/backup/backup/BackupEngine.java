package dev.vireo.backup.backup;

import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.index.DiskIndexWriter;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.ManifestCodec;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.repository.PointCatalog;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentMode;
import dev.vireo.backup.throughput.BandwidthLimiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Takes a recovery point (format §6 write order): packs, then disk indexes, then the manifest,
 * whose atomic rename is the commit. On failure nothing committed changes; the partial point
 * directory is removed and unreferenced packs are left for gc.
 */
public final class BackupEngine {
  private final Repository repo;
  private final BackupOptions options;

  public BackupEngine(Repository repo, BackupOptions options) {
    this.repo = repo;
    this.options = options;
  }

  public Manifest backup(BackupRequest request) {
    validate(request);
    try (RepositoryLock lock = repo.lockShared(Long.MAX_VALUE)) {
      Optional<Manifest> parent = parentOf(request);
      RecoveryPointId id = RecoveryPointId.create(Instant.now());
      Path dir = repo.points().dir(id);
      AtomicFiles.createDirectories(dir);
      try {
        return run(request, parent, id);
      } catch (RuntimeException e) {
        deleteTree(dir);
        throw e;
      }
    }
  }

  private Manifest run(BackupRequest req, Optional<Manifest> parent, RecoveryPointId id) {
    ExecutorService workers =
        Executors.newFixedThreadPool(options.workerThreads(), daemon("chunk"));
    int diskThreads = Math.max(1, Math.min(options.concurrentDisks(), req.disks().size()));
    ExecutorService diskPool = Executors.newFixedThreadPool(diskThreads, daemon("disk"));
    BandwidthLimiter limiter = BandwidthLimiter.of(options.bandwidthLimit());
    List<DiskOutcome> outcomes = new ArrayList<>();
    PackCatalog catalog = repo.loadPacks();
    try (ChunkStoreSession store = new ChunkStoreSession(repo, catalog)) {
      req.disks().forEach(d -> options.progress().addTotal(d.size()));
      List<Future<DiskOutcome>> futures = new ArrayList<>();
      for (DiskSource src : req.disks()) {
        futures.add(diskPool.submit(() -> backupDisk(src, parent, id, store, workers, limiter)));
      }
      try {
        for (Future<DiskOutcome> f : futures) {
          outcomes.add(DiskBackup.await(f));
        }
      } finally {
        futures.forEach(f -> f.cancel(true));
      }
      store.flush();
      indexPacks(catalog, store.written());
      return commit(req, parent, id, outcomes);
    } finally {
      outcomes.forEach(o -> o.index().close());
      diskPool.shutdownNow();
      workers.shutdownNow();
      awaitQuietly(diskPool);
      awaitQuietly(workers);
    }
  }

  /**
   * Format §6 step 2b: one pack index file for the packs this backup wrote and the packs no index
   * covered when it started (those of repositories made before pack indexes, or of crashed
   * backups), so the next backup reads their tables from one file. Written after the packs are
   * durable; a crash before it only leaves packs that readers then read one by one.
   */
  private void indexPacks(PackCatalog catalog, List<PackSummary> written) {
    List<PackSummary> all = new ArrayList<>(catalog.summaries(catalog.readFromPacks()));
    all.addAll(written);
    repo.writePackIndex(all);
  }

  private DiskOutcome backupDisk(
      DiskSource src,
      Optional<Manifest> parent,
      RecoveryPointId id,
      ChunkStoreSession store,
      ExecutorService workers,
      BandwidthLimiter limiter) {
    Optional<DiskIndexReader> prev = previousIndex(src, parent);
    DiskIndexWriter w =
        new DiskIndexWriter(
            repo.points().index(id, src.diskId()),
            src.diskId(),
            src.size(),
            repo.chunkSize(),
            repo.sealer());
    try {
      int window = 2 * options.workerThreads() + 2; // batches of up to 1 MiB (DiskBackup)
      return new DiskBackup(
              src, prev, w, store, workers, limiter, options.progress(), repo.chunkSize(), window)
          .run();
    } catch (RuntimeException e) {
      w.close();
      throw e;
    } finally {
      prev.ifPresent(DiskIndexReader::close);
    }
  }

  private Optional<DiskIndexReader> previousIndex(DiskSource src, Optional<Manifest> parent) {
    if (src.mode() != ExtentMode.CHANGED) {
      return Optional.empty();
    }
    Manifest p = parent.orElseThrow();
    DiskRecord d =
        p.disk(src.diskId())
            .orElseThrow(
                () ->
                    new BackupException(
                        ErrorCode.NO_PREVIOUS_POINT,
                        "point " + p.pointId() + " has no disk " + src.diskId()));
    if (d.diskSize() != src.size()) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, "disk " + src.diskId() + " changed size; take a full backup");
    }
    return Optional.of(
        DiskIndexReader.open(repo.points().index(p.pointId(), src.diskId()), repo.sealer()));
  }

  private Manifest commit(
      BackupRequest req, Optional<Manifest> parent, RecoveryPointId id, List<DiskOutcome> outs) {
    List<DiskRecord> disks = new ArrayList<>();
    for (DiskOutcome o : outs) {
      byte[] hash = o.index().finish();
      disks.add(
          new DiskRecord(
              o.source().diskId(),
              o.source().size(),
              repo.chunkSize(),
              hash,
              o.bytesRead(),
              o.bytesStored(),
              o.chunksNew(),
              o.extentsRead()));
    }
    disks.sort(Comparator.comparing(DiskRecord::diskId));
    Manifest m =
        new Manifest(
            id,
            req.vmId(),
            Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
            req.kind(),
            parent.map(Manifest::pointId),
            disks);
    PointCatalog points = repo.points();
    AtomicFiles.write(points.manifest(id), ManifestCodec.encode(m, repo.sealer()));
    return m;
  }

  private Optional<Manifest> parentOf(BackupRequest req) {
    boolean needsParent = req.disks().stream().anyMatch(d -> d.mode() == ExtentMode.CHANGED);
    if (!needsParent) {
      return Optional.empty();
    }
    DiskSource first = req.disks().get(0);
    Optional<Manifest> p = repo.latest(req.vmId(), first.diskId());
    if (p.isEmpty()) {
      throw new BackupException(
          ErrorCode.NO_PREVIOUS_POINT,
          "no previous undamaged recovery point of VM " + req.vmId() + " to build on");
    }
    return p;
  }

  private void validate(BackupRequest req) {
    if (req.disks().isEmpty()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "a backup needs at least one disk");
    }
    long distinct = req.disks().stream().map(DiskSource::diskId).distinct().count();
    if (distinct != req.disks().size()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "duplicate disk id in request");
    }
    boolean changed = req.disks().stream().anyMatch(d -> d.mode() == ExtentMode.CHANGED);
    if (req.kind() == PointKind.FULL && changed) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, "a FULL point reads whole disks; use INCREMENTAL");
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Daemon threads named {@code vireo-<name>}. */
  public static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, "vireo-" + name);
      t.setDaemon(true);
      return t;
    };
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(AtomicFiles::deleteQuietly);
    } catch (IOException ignored) {
      // gc removes what is left
    }
  }
}
