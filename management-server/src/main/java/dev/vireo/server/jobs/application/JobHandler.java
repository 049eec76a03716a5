package dev.vireo.server.jobs.application;

import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import java.util.List;
import java.util.Optional;

/**
 * The work behind one job type, in oVirt's command life cycle made small: {@link #validate} (at
 * submit, synchronously: a failure is answered 4xx and no job is created), then {@link #execute}
 * (in the background, reporting steps and progress), then the job ends Completed, Failed or
 * Cancelled.
 *
 * <p>Register a handler by making it an {@code @ApplicationScoped} CDI bean; {@link
 * JobHandlerRegistry} indexes handlers by {@link #type()} and refuses duplicates. Handlers are
 * shared by all jobs of their type and must be thread-safe. They never return {@code null}.
 */
public interface JobHandler {
  /** The job type id, stable forever, e.g. {@code Inventory.DeleteHostGroup}. */
  String type();

  /**
   * Whether {@code POST /jobs} may start this type. Types that belong to an object (deleting a host
   * group) are started by that object's action instead and answer false.
   */
  default boolean directlySubmittable() {
    return false;
  }

  /**
   * Checks the input and the caller's permission before anything is stored; throws a {@code
   * DomainException}. Called again when a job is restarted.
   */
  void validate(JobParameters parameters, Optional<JobTarget> target, AccessScope caller);

  /** The job's display name, e.g. {@code Delete host group 'Lab'}. */
  String describe(JobParameters parameters, Optional<JobTarget> target);

  /** The steps the job will run, in order; a job may also skip some of them. */
  List<String> steps(JobParameters parameters);

  /**
   * What the job holds exclusively while it runs, e.g. {@code host-group:<id>}. A job waits in the
   * queue while another running job holds an overlapping key.
   */
  default LockKeys lockKeys(JobParameters parameters, Optional<JobTarget> target) {
    return LockKeys.none();
  }

  /**
   * Does the work, as the job's owner, outside any transaction: open short transactions in the
   * services it calls. Run declared steps through {@link JobExecution#step}, which skips steps a
   * restarted job inherited as done and checks for cancellation between steps. Throw a {@code
   * DomainException} to fail with its code and message; {@link JobCancelledException} (from {@link
   * JobExecution#checkCancelled}) ends the job Cancelled.
   */
  void execute(JobExecution execution) throws Exception;
}
