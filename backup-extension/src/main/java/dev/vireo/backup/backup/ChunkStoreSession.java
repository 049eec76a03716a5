package dev.vireo.backup.backup;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackEntry;
import dev.vireo.backup.pack.PackWriter;
import dev.vireo.backup.repository.Repository;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stores chunks for one backup, shared by all its disks and worker threads: deduplicates against
 * the repository and against chunks already stored in this session, seals, and appends to the
 * current pack, rotating packs at the target size. Thread-safe.
 */
final class ChunkStoreSession implements AutoCloseable {
  private final Repository repo;
  private final PackCatalog catalog;
  private final Set<ChunkDigest> pending = ConcurrentHashMap.newKeySet();
  private final java.util.Set<PackWriter> finishing = new java.util.HashSet<>();
  private PackWriter current;

  ChunkStoreSession(Repository repo, PackCatalog catalog) {
    this.repo = repo;
    this.catalog = catalog;
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

  /** Finishes a full pack outside the append lock, so other workers keep appending meanwhile. */
  private void finish(PackWriter w) {
    synchronized (finishing) {
      finishing.add(w);
    }
    try (w) {
      List<PackEntry> entries = w.finish();
      catalog.add(w.id(), entries);
    } finally {
      synchronized (finishing) {
        finishing.remove(w);
        finishing.notifyAll();
      }
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
    synchronized (finishing) {
      while (!finishing.isEmpty()) {
        try {
          finishing.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new dev.vireo.backup.format.BackupException(
              dev.vireo.backup.format.ErrorCode.INTERRUPTED, "interrupted", e);
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
