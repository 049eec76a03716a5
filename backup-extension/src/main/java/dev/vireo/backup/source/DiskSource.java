package dev.vireo.backup.source;

import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import java.util.Iterator;

/**
 * A disk to back up. {@link #extents()} yields sorted, non-overlapping extents lazily; {@link
 * #read} may be called from one thread at a time per source.
 */
public interface DiskSource extends AutoCloseable {
  DiskId diskId();

  long size();

  ExtentMode mode();

  Iterator<Extent> extents();

  /**
   * A hint that {@code [offset, offset+length)} will be read soon (e.g. start fetching it into the
   * page cache); sources that cannot use it ignore it.
   */
  default void prefetch(long offset, long length) {}

  /** Reads {@code len} bytes at {@code offset} into {@code buf}; bytes past the end read as 0. */
  void read(long offset, byte[] buf, int len);

  @Override
  void close();
}
