package dev.vireo.server.jobs.domain;

/**
 * Where one step of a job is. {@code SKIPPED} marks a step that did not run: either a restarted job
 * inherited it as done from the job it restarts, or the handler finished without needing it.
 */
public enum StepStatus {
  PENDING,
  RUNNING,
  COMPLETED,
  SKIPPED,
  FAILED,
  CANCELLED;

  /** Whether the step counts as done for progress and for restarts. */
  public boolean done() {
    return this == COMPLETED || this == SKIPPED;
  }
}
