package dev.vireo.backup.backup;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.pack.PackWriter;
import dev.vireo.backup.repository.Repository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

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
  private final List<PackSummary> written = Collections.synchronizedList(new ArrayList<>());
  private final ExecutorService finisher =
      Executors.newSingleThreadExecutor(BackupEngine.daemon("pack-finish"));
  static final int MAX_UNFINISHED = 4;
  private final Semaphore unfinished = new Semaphore(MAX_UNFINISHED);
  private final AtomicInteger unfinishedNow = new AtomicInteger();
  private final AtomicInteger peakUnfinished = new AtomicInteger();
  private PackWriter current;

  ChunkStoreSession(Repository repo, PackCatalog catalog) {
    this.repo = repo;
    this.catalog = catalog;
  }

  /** True if the chunk is in the repository (not quarantined) or stored by this session. */
  boolean isStored(ChunkDigest d) {
    return catalog.contains(d) || pending.contains(d);
  }

  /**
   * Hashes and, if new, stores {@code data[off, off+len)}; the bytes are not used after it returns.
   */
  ChunkResult store(byte[] data, int off, int len) {
    ChunkDigest d = ChunkDigest.compute(data, off, len);
    if (d.isZero() || catalog.contains(d) || !pending.add(d)) {
      return new ChunkResult(d, 0);
    }
    Sealer.Sealed sealed = repo.sealer().sealBlobShared(data, off, len, d.toBytes());
    append(d, sealed, len);
    return new ChunkResult(d, sealed.length());
  }

  private void append(ChunkDigest d, Sealer.Sealed sealed, int len) {
    PackWriter full = null;
    synchronized (this) {
      if (current == null) {
        current = new PackWriter(repo.packsDir(), repo.sealer());
      }
      current.append(d, sealed.bytes(), sealed.length(), len);
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
   * compressing meanwhile. At most {@link #MAX_UNFINISHED} full packs wait for it (each holds its
   * file and its write buffers): the worker that fills one more blocks until a finish completes,
   * however many workers fill packs at once. {@link #flush()} waits for every finish and rethrows
   * failures.
   */
  private void finish(PackWriter w) {
    try {
      unfinished.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      w.close();
      throw new BackupException(ErrorCode.INTERRUPTED, "interrupted waiting to finish a pack", e);
    }
    int waiting = unfinishedNow.incrementAndGet();
    peakUnfinished.accumulateAndGet(waiting, Math::max);
    Future<?> f;
    Optional<Future<?>> failedEarlier;
    try {
      f =
          finisher.submit(
              () -> {
                try (w) {
                  PackSummary s = w.finish();
                  catalog.add(s);
                  written.add(s);
                } finally {
                  unfinishedNow.decrementAndGet();
                  unfinished.release();
                }
              });
    } catch (RuntimeException e) {
      unfinishedNow.decrementAndGet();
      unfinished.release();
      w.close();
      throw e;
    }
    synchronized (finishing) {
      // finished ones that failed stay for flush() to rethrow; the rest need no keeping
      finishing.removeIf(ChunkStoreSession::succeeded);
      finishing.add(f);
      failedEarlier = finishing.stream().filter(x -> x.isDone() && x != f).findFirst();
    }
    failedEarlier.ifPresent(DiskBackup::await); // e.g. the disk is full: stop storing now
  }

  private static boolean succeeded(Future<?> f) {
    if (!f.isDone() || f.isCancelled()) {
      return false;
    }
    try {
      f.get();
      return true;
    } catch (ExecutionException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The most full packs that ever waited to be finished at once (for tests). */
  int peakUnfinished() {
    return peakUnfinished.get();
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

  /** The tables of the packs this session finished (complete after {@link #flush()}). */
  List<PackSummary> written() {
    synchronized (written) {
      return List.copyOf(written);
    }
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
