package dev.vireo.server.jobs.domain;

/** Where a job is in its life. Completed, Failed and Cancelled are final. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  COMPLETED,
  FAILED,
  CANCELLED;

  /** Whether the job has ended and can change no more. */
  public boolean finished() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }
}
