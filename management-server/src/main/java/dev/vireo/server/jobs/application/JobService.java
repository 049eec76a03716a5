package dev.vireo.server.jobs.application;

import dev.vireo.server.jobs.application.internal.JobTransactions;
import dev.vireo.server.jobs.application.internal.OptimisticRetry;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobError;
import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobQuery;
import dev.vireo.server.jobs.domain.JobRepository;
import dev.vireo.server.jobs.domain.JobSpec;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.JobVisibility;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Submitting, reading, cancelling and restarting jobs. Administrators see all jobs; other users see
 * their own and those on objects in their scope (anchored where the target sat when the job was
 * submitted, {@link JobScopes}), and cancel or restart those their scope lets them change. A job
 * the caller may not see is answered as not found, one it may see but not change with 403.
 *
 * <p>{@link #cancel} runs in its own transaction and retries when the job changed meanwhile (a
 * running job commits progress often). {@link #submit} joins the caller's transaction, so an
 * object's action and the job that does it commit together; the job starts once that transaction
 * commits.
 */
@ApplicationScoped
public class JobService {
  @Inject JobRepository jobs;
  @Inject JobHandlerRegistry handlers;
  @Inject CallerContext caller;
  @Inject Event<JobSubmitted> submitted;
  @Inject Event<JobCancelRequested> cancelled;
  @Inject JobTransactions store;
  @Inject JobScopes scopes;

  /**
   * Validates and queues a job of {@code type} as the caller. Throws the handler's validation
   * error, {@code JOB_TYPE_UNKNOWN} or {@code JOB_PARAMETERS_INVALID}; nothing is stored then.
   */
  @Transactional
  public Job submit(String type, JobParameters parameters, Optional<JobTarget> target) {
    JobHandler handler = handlers.require(type);
    handler.validate(parameters, target, callerScope());
    JobSpec spec =
        new JobSpec(
            handler.type(),
            handler.describe(parameters, target),
            target,
            parameters,
            handler.lockKeys(parameters, target),
            handler.steps(parameters));
    Job job = Job.submit(spec, owner(), scopes.anchorOf(target, parameters));
    jobs.add(job);
    submitted.fire(new JobSubmitted(job.id()));
    return job;
  }

  /** {@link #submit} for {@code POST /jobs}: only types that are submittable on their own. */
  @Transactional
  public Job submitDirectly(String type, JobParameters parameters, Optional<JobTarget> target) {
    if (!handlers.require(type).directlySubmittable()) {
      throw new DomainException(
          JobError.JOB_TYPE_NOT_SUBMITTABLE,
          "Jobs of type '"
              + type
              + "' start through an action of the object they work on, not through POST /jobs.");
    }
    return submit(type, parameters, target);
  }

  @Transactional
  public Job get(String id) {
    return jobs.findById(id).filter(this::visible).orElseThrow(() -> notFound(id));
  }

  /** The job history the caller may see. */
  @Transactional
  public Page<Job> history(JobQuery query, PageRequest page) {
    AccessScope scope = callerScope();
    return jobs.query(
        scope.administrator() ? query : query.visibleTo(scopes.visibilityOf(scope)), page);
  }

  /**
   * Cancels a queued job at once, or asks a running job to stop. Throws {@code
   * JOB_ALREADY_FINISHED} for a job that has ended.
   */
  public Job cancel(String id) {
    Job job =
        OptimisticRetry.run(
            () ->
                store.change(
                    id,
                    j -> {
                      requireChangeable(j);
                      j.requestCancel();
                    }));
    cancelled.fire(new JobCancelRequested(id));
    return job;
  }

  /**
   * Queues a new job that repeats a failed or cancelled one, skipping the steps it completed. The
   * input is validated again, as the caller.
   */
  @Transactional
  public Job restart(String id) {
    Job original = jobs.findById(id).orElseThrow(() -> notFound(id));
    requireChangeable(original);
    Job next = original.restartAs(owner());
    handlers
        .require(original.type())
        .validate(original.parameters(), original.target(), callerScope());
    jobs.add(next);
    submitted.fire(new JobSubmitted(next.id()));
    return next;
  }

  /** How many jobs ended before {@code cutoff}. Administrators only. */
  @Transactional
  public long countEndedBefore(Instant cutoff) {
    caller.requireAdministrator();
    return jobs.countFinishedBefore(cutoff);
  }

  /**
   * Deletes up to {@code batch} jobs that ended before {@code cutoff}, with their steps, and
   * returns how many. Administrators only.
   */
  @Transactional
  public int purgeEndedBefore(Instant cutoff, int batch) {
    caller.requireAdministrator();
    return jobs.deleteFinishedBefore(cutoff, batch);
  }

  private static DomainException notFound(String id) {
    return new DomainException(JobError.JOB_NOT_FOUND, "There is no job with id " + id + ".");
  }

  /** Not found unless the caller sees the job, 403 unless it may also change it. */
  private void requireChangeable(Job job) {
    AccessScope scope = callerScope();
    if (scope.administrator()) {
      return;
    }
    JobVisibility v = scopes.visibilityOf(scope);
    if (!v.sees(job.owner().userId(), job.anchor())) {
      throw notFound(job.id());
    }
    if (!v.mayChange(job.owner().userId(), job.anchor())) {
      throw new DomainException(
          CommonError.FORBIDDEN,
          "Job "
              + job.id()
              + " belongs to "
              + job.owner().name()
              + " and your scope lets you only read its target; ask its owner or an"
              + " administrator.");
    }
  }

  private boolean visible(Job job) {
    AccessScope scope = callerScope();
    return scope.administrator()
        || scopes.visibilityOf(scope).sees(job.owner().userId(), job.anchor());
  }

  private AccessScope callerScope() {
    return caller.principal().isPresent()
        ? caller.scope()
        : AccessScope.unrestricted("", CallerContext.SYSTEM);
  }

  private JobOwner owner() {
    return caller
        .principal()
        .map(p -> new JobOwner(p.userId(), p.name()))
        .orElseGet(JobOwner::system);
  }
}
