package dev.vireo.server.jobs.application;

/**
 * The settings the job engine reads ({@code Settings\Jobs\...}). A port, so the engine works and
 * tests run without the settings registry.
 */
public interface JobSettings {
  /**
   * Jobs of {@code jobType} that may run at once on all nodes together: {@code
   * Settings\Jobs\MaxConcurrent\<jobType>}, else {@code ...\Default}; at least 1.
   */
  int maxConcurrent(String jobType);

  /** Days finished jobs stay in the history: {@code Settings\Jobs\HistoryRetentionDays}. */
  int historyRetentionDays();
}
