package dev.vireo.drivers.spi;

/** Receives progress of a long operation, on the calling thread's helper; must not block. */
@FunctionalInterface
public interface ProgressListener {
  void onProgress(JobProgress progress);

  static ProgressListener ignore() {
    return p -> {};
  }
}
