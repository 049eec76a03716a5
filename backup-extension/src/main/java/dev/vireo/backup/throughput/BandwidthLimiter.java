package dev.vireo.backup.throughput;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;

/**
 * Holds an average rate in bytes per second across all threads sharing it: each caller reserves a
 * slot on a virtual clock and sleeps until its slot starts. At most one reservation may run ahead,
 * so the burst is one chunk. Thread-safe.
 */
public final class BandwidthLimiter {
  private final long bytesPerSecond;
  private long nextFreeNanos;

  private BandwidthLimiter(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
    this.nextFreeNanos = System.nanoTime();
  }

  /** A limiter; {@code bytesPerSecond <= 0} means unlimited. */
  public static BandwidthLimiter of(long bytesPerSecond) {
    return new BandwidthLimiter(bytesPerSecond);
  }

  public boolean unlimited() {
    return bytesPerSecond <= 0;
  }

  public void acquire(long bytes) {
    if (unlimited()) {
      return;
    }
    long start = reserve(bytes);
    long wait = start - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackupException(ErrorCode.INTERRUPTED, "interrupted", e);
      }
    }
  }

  private synchronized long reserve(long bytes) {
    long now = System.nanoTime();
    long start = Math.max(now, nextFreeNanos);
    nextFreeNanos = start + bytes * 1_000_000_000L / bytesPerSecond;
    return start;
  }
}
