package dev.vireo.backup.backup;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackWriter;
import dev.vireo.backup.repository.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores chunks for one backup, shared by all its disks and worker threads: deduplicates against
 * the repository and against chunks already stored in this session, seals, and appends to the
 * current pack, rotating packs at the target size. Thread-safe.
 */
final class ChunkStoreSession implements AutoCloseable {
  private final Repository repo;
  private final PackCatalog catalog;
  private final Set<ChunkDigest> pending = ConcurrentHashMap.newKeySet();
  private final List<Future<?>> finishing = new ArrayList<>();
  private final ExecutorService finisher =
      Executors.newSingleThreadExecutor(BackupEngine.daemon("pack-finish"));
  private static final int MAX_UNFINISHED = 4;
  private PackWriter current;

  ChunkStoreSession(Repository repo, PackCatalog catalog) {
    this.repo = repo;
    this.catalog = catalog;
  }

  /** True if the chunk is in the repository (not quarantined) or stored by this session. */
  boolean isStored(ChunkDigest d) {
    return catalog.contains(d) || pending.contains(d);
  }

  /** Hashes and, if new, stores {@code data[0..len)}; the caller must not reuse {@code data}. */
  ChunkResult store(byte[] data, int len) {
    ChunkDigest d = ChunkDigest.compute(data, len);
    if (d.isZero() || catalog.contains(d) || !pending.add(d)) {
      return new ChunkResult(d, 0);
    }
    byte[] sealed = repo.sealer().sealBlob(data, len, d.toBytes());
    append(d, sealed, len);
    return new ChunkResult(d, sealed.length);
  }

  private void append(ChunkDigest d, byte[] sealed, int len) {
    PackWriter full = null;
    synchronized (this) {
      if (current == null) {
        current = new PackWriter(repo.packsDir(), repo.sealer());
      }
      current.append(d, sealed, len);
      if (current.size() >= repo.config().packTarget()) {
        full = current;
        current = null;
      }
    }
    if (full != null) {
      finish(full);
    }
  }

  /**
   * Finishes a full pack (table, fsync, rename) on the finisher thread, so workers keep hashing and
   * compressing meanwhile; {@link #flush()} waits for every finish and rethrows failures.
   */
  private void finish(PackWriter w) {
    Future<?> f =
        finisher.submit(
            () -> {
              try (w) {
                catalog.add(w.id(), w.finish());
              }
            });
    Future<?> oldest = null;
    synchronized (finishing) {
      finishing.add(f);
      long open = finishing.stream().filter(x -> !x.isDone()).count();
      if (open > MAX_UNFINISHED) {
        oldest = finishing.stream().filter(x -> !x.isDone()).findFirst().orElse(null);
      }
    }
    if (oldest != null) {
      DiskBackup.await(oldest); // back-pressure: bounded open packs while fsync lags
    }
  }

  /** Makes every chunk stored so far durable in a finished pack. */
  void flush() {
    PackWriter last;
    synchronized (this) {
      last = current != null && current.count() > 0 ? current : null;
      current = null;
    }
    if (last != null) {
      finish(last);
    }
    List<Future<?>> all;
    synchronized (finishing) {
      all = new ArrayList<>(finishing);
    }
    all.forEach(DiskBackup::await);
  }

  @Override
  public synchronized void close() {
    finisher.shutdown();
    try {
      finisher.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
