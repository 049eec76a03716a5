package dev.vireo.backup.restore;

import dev.vireo.backup.nativeio.AlignedBuffers;
import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Direct buffers of one size, aligned for {@code O_DIRECT}, reused for the length of a restore (its
 * window bounds how many are out at once). Thread-safe.
 */
final class BufferPool {
  private final int capacity;
  private final ConcurrentLinkedQueue<ByteBuffer> free = new ConcurrentLinkedQueue<>();

  BufferPool(int capacity) {
    this.capacity = AlignedBuffers.roundUp(capacity);
  }

  int capacity() {
    return capacity;
  }

  /** A cleared buffer of {@link #capacity()} bytes. */
  ByteBuffer take() {
    ByteBuffer b = free.poll();
    if (b != null) {
      return b.clear();
    }
    return AlignedBuffers.allocate(capacity);
  }

  void give(ByteBuffer b) {
    if (b != null) {
      free.add(b);
    }
  }
}
