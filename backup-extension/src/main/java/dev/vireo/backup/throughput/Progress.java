package dev.vireo.backup.throughput;

import java.util.concurrent.atomic.AtomicLong;

/** Counts work done for a long operation; a reporter may poll it from another thread. */
public final class Progress {
  private final String phase;
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong bytesTransferred = new AtomicLong();

  public Progress(String phase) {
    this.phase = phase;
  }

  public String phase() {
    return phase;
  }

  public void addTotal(long n) {
    total.addAndGet(n);
  }

  public void advance(long n) {
    done.addAndGet(n);
  }

  public void transferred(long n) {
    bytesTransferred.addAndGet(n);
  }

  public long total() {
    return total.get();
  }

  public long done() {
    return done.get();
  }

  public long bytesTransferred() {
    return bytesTransferred.get();
  }
}
