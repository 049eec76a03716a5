package dev.vireo.backup.backup;

import dev.vireo.backup.throughput.Progress;

/**
 * Tuning of one backup: disks processed at once, hashing/compression threads, a bandwidth limit on
 * source reads (bytes/s, 0 = none) and a progress sink.
 */
public record BackupOptions(
    int concurrentDisks, int workerThreads, long bandwidthLimit, Progress progress) {
  public static final int DEFAULT_CONCURRENT_DISKS = 8;

  public static BackupOptions defaults() {
    return new BackupOptions(
        DEFAULT_CONCURRENT_DISKS,
        Runtime.getRuntime().availableProcessors(),
        0,
        new Progress("backup"));
  }

  public BackupOptions withBandwidthLimit(long bytesPerSecond) {
    return new BackupOptions(concurrentDisks, workerThreads, bytesPerSecond, progress);
  }

  public BackupOptions withConcurrentDisks(int n) {
    return new BackupOptions(n, workerThreads, bandwidthLimit, progress);
  }

  public BackupOptions withProgress(Progress p) {
    return new BackupOptions(concurrentDisks, workerThreads, bandwidthLimit, p);
  }
}
