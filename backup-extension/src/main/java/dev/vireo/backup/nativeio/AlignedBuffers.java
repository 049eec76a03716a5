package dev.vireo.backup.nativeio;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Direct buffers aligned for {@code O_DIRECT} I/O, kept in a small process-wide pool: direct memory
 * is only returned to the system when the garbage collector gets round to it, so buffers are reused
 * rather than allocated per file. Thread-safe.
 */
public final class AlignedBuffers {
  /** Offset, length and memory alignment used for direct I/O (a multiple of every sector size). */
  public static final int ALIGN = 4096;

  private static final int POOL_MAX = 32;
  private static final ConcurrentLinkedDeque<ByteBuffer> POOL = new ConcurrentLinkedDeque<>();

  private AlignedBuffers() {}

  /** A cleared buffer of exactly {@code size} bytes (rounded up to {@link #ALIGN}). */
  public static ByteBuffer take(int size) {
    int capacity = roundUp(size);
    for (ByteBuffer b = POOL.pollFirst(); b != null; b = POOL.pollFirst()) {
      if (b.capacity() == capacity) {
        return b.clear();
      }
    }
    return allocate(capacity);
  }

  /** A new direct buffer of {@code capacity} bytes whose memory starts at an aligned address. */
  public static ByteBuffer allocate(int capacity) {
    return ByteBuffer.allocateDirect(capacity + ALIGN).alignedSlice(ALIGN).limit(capacity).slice();
  }

  /** Returns a buffer taken from {@link #take}; the caller must not use it afterwards. */
  public static void give(ByteBuffer b) {
    if (b != null && POOL.size() < POOL_MAX) {
      POOL.addFirst(b.clear());
    }
  }

  public static int roundUp(int n) {
    return (n + ALIGN - 1) / ALIGN * ALIGN;
  }

  public static boolean aligned(long n) {
    return n % ALIGN == 0;
  }
}
