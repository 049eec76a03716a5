package dev.vireo.server.jobs.application;

import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * What a running {@link JobHandler} sees of its job. Every report is committed at once in its own
 * short transaction, so users polling {@code GET /jobs/{id}} follow the job as it runs. Used by one
 * thread, the job's.
 */
public interface JobExecution {
  /** Work of one step. */
  @FunctionalInterface
  interface StepWork {
    void run() throws Exception;
  }

  String jobId();

  JobParameters parameters();

  Optional<JobTarget> target();

  JobOwner owner();

  /**
   * Runs the declared step {@code name}: checks for cancellation, marks the step running, runs
   * {@code work}, marks it completed. A step the job inherited as done from the job it restarts is
   * not run again. Throws {@code IllegalArgumentException} for a name that is not a pending
   * declared step.
   */
  void step(String name, StepWork work) throws Exception;

  /** Names of the steps the restarted job inherited as done (empty for a first run). */
  Set<String> completedSteps();

  /** Progress of the running step (or of the job outside steps), 0-100. */
  void progress(int percent);

  /** Throws {@link JobCancelledException} when the job's cancellation was requested. */
  void checkCancelled();

  /** Sleeps, waking early to throw {@link JobCancelledException} when the job is cancelled. */
  void pause(Duration duration) throws InterruptedException;

  /** The short result the job reports when it completes (text or small JSON). */
  void result(String summary);
}
