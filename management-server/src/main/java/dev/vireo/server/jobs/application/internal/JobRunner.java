package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.application.JobCancelledException;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.application.JobHandlerRegistry;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobError;
import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.security.application.AccessScopeResolver;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.application.UserPrincipal;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one claimed job on the calling worker thread: as its owner ({@link CallerContext#runAs}),
 * through its type's handler, and records how it ended. When the server is shutting down the job is
 * left as it is: the next start marks it interrupted.
 */
@ApplicationScoped
public class JobRunner {
  private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

  @Inject JobTransactions store;
  @Inject JobHandlerRegistry handlers;
  @Inject CallerContext caller;
  @Inject AccessScopeResolver scopes;

  /** The outcome of a run, for the dispatcher's bookkeeping and tests. */
  public enum Outcome {
    COMPLETED,
    FAILED,
    CANCELLED,
    ABANDONED
  }

  public Outcome run(String jobId, RunningJob handle, BooleanSupplier stopping) {
    Job job = store.load(jobId);
    LOG.info(() -> "VIREO-JOB-003 Job " + jobId + " (" + job.type() + ") started: " + job.name());
    try {
      JobHandler handler = handlers.require(job.type());
      JobExecutionContext ctx = new JobExecutionContext(job, store, handle);
      caller.runAs(scopeOf(job.owner()), () -> execute(handler, ctx));
      end(jobId, j -> j.succeed(ctx.resultSummary()));
      return log(jobId, Outcome.COMPLETED, "");
    } catch (JobCancelledException e) {
      end(jobId, Job::markCancelled);
      return log(jobId, Outcome.CANCELLED, "");
    } catch (Exception e) {
      if (stopping.getAsBoolean()) {
        LOG.warning(
            "VIREO-JOB-006 Job "
                + jobId
                + " stopped with the server; it is marked interrupted"
                + " at the next start");
        return Outcome.ABANDONED;
      }
      return fail(jobId, e);
    }
  }

  private static Void execute(JobHandler handler, JobExecutionContext ctx) throws Exception {
    handler.execute(ctx);
    return null;
  }

  private Outcome fail(String jobId, Exception e) {
    Optional<DomainException> cause = domainCause(e);
    if (cause.isPresent()) {
      DomainException domain = cause.get();
      end(jobId, j -> j.fail(domain.errorCode().code(), domain.getMessage()));
      return log(jobId, Outcome.FAILED, domain.errorCode().code() + " " + domain.getMessage());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "VIREO-JOB-005 Job " + jobId + " failed, incident " + incident, e);
    end(
        jobId,
        j ->
            j.fail(
                JobError.JOB_FAILED_UNEXPECTEDLY.code(),
                "The job failed with an unexpected error (incident "
                    + incident
                    + "). The server log has the details; fix the cause and restart the job."));
    return Outcome.FAILED;
  }

  private void end(String jobId, Consumer<Job> change) {
    OptimisticRetry.run(() -> store.change(jobId, change));
  }

  private AccessScope scopeOf(JobOwner owner) {
    return owner.isSystem()
        ? AccessScope.unrestricted("", CallerContext.SYSTEM)
        : scopes.scopeOf(new UserPrincipal(owner.userId(), owner.name()));
  }

  private static Optional<DomainException> domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException d) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static Outcome log(String jobId, Outcome outcome, String detail) {
    LOG.info(() -> "VIREO-JOB-004 Job " + jobId + " ended " + outcome + " " + detail);
    return outcome;
  }
}
