package dev.vireo.backup.backup;

import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.DiskSource;
import java.util.Iterator;

/**
 * Keeps the source's next {@link #AHEAD} bytes of extents on their way into the page cache while
 * the workers hash and compress the current ones. Without it a cold read of a sparse image waits
 * for the disk at every extent (the kernel's readahead starts small again after each hole), and a
 * full backup spent about a third of its time with idle cores. Walks its own copy of the source's
 * extents, in slices of {@link #SLICE} bytes.
 */
final class Prefetcher {
  static final long AHEAD = 128L << 20;
  static final long SLICE = 8L << 20;

  private final DiskSource source;
  private final Iterator<Extent> extents;
  private long sliceFrom;
  private long sliceEnd;
  private long hinted;

  Prefetcher(DiskSource source) {
    this.source = source;
    this.extents = source.extents();
  }

  /** The caller is about to read at {@code offset}: hint what follows it. */
  void reading(long offset) {
    while (hinted < offset + AHEAD) {
      if (sliceFrom >= sliceEnd) {
        if (!extents.hasNext()) {
          hinted = Long.MAX_VALUE;
          return;
        }
        Extent e = extents.next();
        sliceFrom = Math.max(e.offset(), hinted);
        sliceEnd = e.end();
        if (sliceFrom >= sliceEnd) {
          continue;
        }
      }
      long n = Math.min(SLICE, sliceEnd - sliceFrom);
      source.prefetch(sliceFrom, n);
      sliceFrom += n;
      hinted = sliceFrom;
    }
  }
}
