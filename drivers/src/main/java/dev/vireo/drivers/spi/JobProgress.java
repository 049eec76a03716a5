package dev.vireo.drivers.spi;

import java.time.Duration;

/**
 * Progress of a domain's current job (backup, migration). Byte counts are 0 when the host does not
 * report them.
 */
public record JobProgress(
    JobType type,
    Duration elapsed,
    long dataTotalBytes,
    long dataProcessedBytes,
    long dataRemainingBytes,
    long memoryTotalBytes,
    long memoryProcessedBytes) {

  /** Whether a job runs and how bounded it is. */
  public enum JobType {
    NONE,
    BOUNDED,
    UNBOUNDED,
    COMPLETED,
    FAILED,
    CANCELLED
  }

  public static JobProgress none() {
    return new JobProgress(JobType.NONE, Duration.ZERO, 0, 0, 0, 0, 0);
  }

  /** Fraction done in [0, 1], from data and memory counters; 0 when unknown. */
  public double fractionDone() {
    long total = dataTotalBytes + memoryTotalBytes;
    long done = dataProcessedBytes + memoryProcessedBytes;
    return total <= 0 ? 0.0 : Math.min(1.0, (double) done / total);
  }
}
