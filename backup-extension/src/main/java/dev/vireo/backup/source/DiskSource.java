package dev.vireo.backup.source;

import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import java.nio.ByteBuffer;
import java.util.Iterator;

/**
 * A disk to back up. {@link #extents()} yields sorted, non-overlapping extents lazily; the read
 * methods may be called from one thread at a time per source.
 */
public interface DiskSource extends AutoCloseable {
  DiskId diskId();

  long size();

  ExtentMode mode();

  Iterator<Extent> extents();

  /**
   * Reads {@code dst.remaining()} bytes at {@code offset} into {@code dst}; bytes past the end read
   * as 0. For large sequential reads: sources backed by files read around the page cache when
   * {@code offset}, the length and the buffer are aligned to {@link
   * dev.vireo.backup.nativeio.AlignedBuffers#ALIGN}.
   */
  default void readBlock(long offset, ByteBuffer dst) {
    byte[] tmp = new byte[dst.remaining()];
    read(offset, tmp, tmp.length);
    dst.put(tmp);
  }

  /** Reads {@code len} bytes at {@code offset} into {@code buf}; bytes past the end read as 0. */
  void read(long offset, byte[] buf, int len);

  @Override
  void close();
}
