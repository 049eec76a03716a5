package dev.vireo.backup.cli;

import dev.vireo.backup.throughput.Progress;
import java.io.PrintStream;

/** Prints a progress line to stderr about once a second while a long operation runs. */
final class ProgressReporter implements AutoCloseable {
  private final Progress progress;
  private final PrintStream err;
  private final Thread thread;
  private final long start = System.nanoTime();

  ProgressReporter(Progress progress, PrintStream err, boolean enabled) {
    this.progress = progress;
    this.err = err;
    this.thread = new Thread(this::loop, "vireo-progress");
    thread.setDaemon(true);
    if (enabled) {
      thread.start();
    }
  }

  private void loop() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(1000);
        print();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void print() {
    double secs = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    long total = Math.max(1, progress.total());
    err.printf(
        "%s: %5.1f%% %s of %s, %s transferred (%s/s)%n",
        progress.phase(),
        100.0 * Math.min(progress.done(), total) / total,
        Output.bytes(progress.done()),
        Output.bytes(progress.total()),
        Output.bytes(progress.bytesTransferred()),
        Output.bytes((long) (progress.bytesTransferred() / secs)));
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
