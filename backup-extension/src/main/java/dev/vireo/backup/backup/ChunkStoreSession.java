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

  private synchronized void append(ChunkDigest d, byte[] sealed, int len) {
    if (current == null) {
      current = new PackWriter(repo.packsDir(), repo.sealer());
    }
    current.append(d, sealed, len);
    if (current.size() >= repo.config().packTarget()) {
      finishCurrent();
    }
  }

  private void finishCurrent() {
    PackWriter w = current;
    current = null;
    try (w) {
      List<PackEntry> entries = w.finish();
      catalog.add(w.id(), entries);
    }
  }

  /** Makes every chunk stored so far durable in a finished pack. */
  synchronized void flush() {
    if (current != null && current.count() > 0) {
      finishCurrent();
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
