package dev.vireo.drivers.spi;

/** Receives progress of a long operation, on a driver thread while it runs; must not block. */
@FunctionalInterface
public interface ProgressListener {
  void onProgress(JobProgress progress);

  static ProgressListener ignore() {
    return p -> {};
  }
}
