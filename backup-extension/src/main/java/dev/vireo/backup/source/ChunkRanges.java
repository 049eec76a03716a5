package dev.vireo.backup.source;

import dev.vireo.backup.manifest.Extent;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Turns sorted byte extents into sorted, merged ranges of chunk indexes covering them (a chunk
 * touched by any byte of an extent is in the range). Lazy: holds one range at a time.
 */
public final class ChunkRanges implements Iterator<ChunkRange> {
  private final Iterator<Extent> extents;
  private final int chunkSize;
  private final long chunkCount;
  private ChunkRange pending;

  public ChunkRanges(Iterator<Extent> extents, int chunkSize, long diskSize) {
    this.extents = extents;
    this.chunkSize = chunkSize;
    this.chunkCount = (diskSize + chunkSize - 1) / chunkSize;
  }

  @Override
  public boolean hasNext() {
    return pending != null || extents.hasNext();
  }

  @Override
  public ChunkRange next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ChunkRange cur = pending != null ? pending : toRange(extents.next());
    pending = null;
    while (extents.hasNext()) {
      ChunkRange r = toRange(extents.next());
      if (r.first() <= cur.end()) {
        cur = new ChunkRange(cur.first(), Math.max(cur.end(), r.end()));
      } else {
        pending = r;
        break;
      }
    }
    return cur;
  }

  private ChunkRange toRange(Extent e) {
    long first = e.offset() / chunkSize;
    long end = Math.min(chunkCount, (e.end() + chunkSize - 1) / chunkSize);
    return new ChunkRange(first, Math.max(first, end));
  }
}
