package dev.vireo.server.jobs.application;

/**
 * Thrown inside a running job when its cancellation was requested; the runner ends the job
 * Cancelled. Handlers let it propagate (after undoing what must not be left half done).
 */
public class JobCancelledException extends RuntimeException {
  public JobCancelledException(String jobId) {
    super("Job " + jobId + " was cancelled");
  }
}
