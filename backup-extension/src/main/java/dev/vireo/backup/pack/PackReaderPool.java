package dev.vireo.backup.pack;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps at most {@code capacity} packs open, least recently used first out. Readers are leased; an
 * evicted reader is closed only once its last lease is returned, so concurrent readers never see a
 * closed channel. Thread-safe.
 */
public final class PackReaderPool implements AutoCloseable {
  private final Path packsDir;
  private final int capacity;
  private final LinkedHashMap<PackId, Entry> open = new LinkedHashMap<>(64, 0.75f, true);

  private static final class Entry {
    final PackReader reader;
    int leases;
    boolean evicted;

    Entry(PackReader reader) {
      this.reader = reader;
    }
  }

  /** A leased reader; close it to return the lease. */
  public final class Lease implements AutoCloseable {
    private final Entry entry;

    private Lease(Entry entry) {
      this.entry = entry;
    }

    public PackReader reader() {
      return entry.reader;
    }

    @Override
    public void close() {
      release(entry);
    }
  }

  public PackReaderPool(Path packsDir, int capacity) {
    this.packsDir = packsDir;
    this.capacity = Math.max(1, capacity);
  }

  public synchronized Lease lease(PackId id) {
    Entry e = open.get(id);
    if (e == null) {
      e = new Entry(new PackReader(id, PackFiles.path(packsDir, id)));
      open.put(id, e);
      evictOverflow();
    }
    e.leases++;
    return new Lease(e);
  }

  private void evictOverflow() {
    Iterator<Map.Entry<PackId, Entry>> it = open.entrySet().iterator();
    while (open.size() > capacity && it.hasNext()) {
      Entry victim = it.next().getValue();
      it.remove();
      victim.evicted = true;
      if (victim.leases == 0) {
        victim.reader.close();
      }
    }
  }

  private synchronized void release(Entry e) {
    e.leases--;
    if (e.evicted && e.leases == 0) {
      e.reader.close();
    }
  }

  /** Closes the pack's reader (e.g. before gc deletes the file) once nobody uses it. */
  public synchronized void forget(PackId id) {
    Entry e = open.remove(id);
    if (e != null) {
      e.evicted = true;
      if (e.leases == 0) {
        e.reader.close();
      }
    }
  }

  @Override
  public synchronized void close() {
    open.values().forEach(e -> e.reader.close());
    open.clear();
  }
}
