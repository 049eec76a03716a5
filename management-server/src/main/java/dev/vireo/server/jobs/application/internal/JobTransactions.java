package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobError;
import dev.vireo.server.jobs.domain.JobRepository;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * The job engine's database work, each method its own short transaction ({@code REQUIRES_NEW}), so
 * state changes are visible at once and never ride on a caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobTransactions implements JobStateStore {
  /** How many of the oldest queued jobs one dispatch considers. */
  static final int QUEUE_WINDOW = 100;

  @Inject JobRepository jobs;

  @Override
  public Job change(String jobId, Consumer<Job> change) {
    Job job = load(jobId);
    change.accept(job);
    return job;
  }

  public Job load(String jobId) {
    return jobs.findById(jobId)
        .orElseThrow(
            () ->
                new DomainException(
                    JobError.JOB_NOT_FOUND, "There is no job with id " + jobId + "."));
  }

  /**
   * Under the cluster-wide dispatch lock, picks the queued jobs that may start ({@link
   * DispatchPlanner}) and claims them for this process; returns their ids. The lock makes limits
   * and lock keys hold across nodes; each claim also commits with the job's optimistic version, so
   * a job is never claimed twice even without the lock.
   */
  public List<String> claimNext(
      String node,
      String token,
      Instant leaseUntil,
      int freeWorkers,
      ToIntFunction<String> limits) {
    jobs.lockDispatch(node);
    List<Job> queued = jobs.queued(QUEUE_WINDOW);
    if (queued.isEmpty()) {
      return List.of();
    }
    List<String> start =
        DispatchPlanner.plan(
            queued.stream().map(DispatchPlanner.Candidate::of).toList(),
            jobs.running().stream().map(DispatchPlanner.Candidate::of).toList(),
            limits,
            freeWorkers);
    for (Job j : queued) {
      if (start.contains(j.id())) {
        j.start(node, token, leaseUntil);
      }
    }
    return start;
  }

  /** Whether any job waits in the queue (read without the dispatch lock). */
  public boolean anyQueued() {
    return !jobs.queued(1).isEmpty();
  }

  public List<String> cancelRequested(String token) {
    return jobs.cancelRequested(token);
  }

  public int renewLeases(String token, Instant leaseUntil) {
    return jobs.renewLeases(token, leaseUntil);
  }

  /** Marks jobs a previous process of this node left running as interrupted; returns them. */
  public List<Job> interruptLeftBehind(String node, String currentToken) {
    List<Job> left = jobs.runningOnNodeExcept(node, currentToken);
    left.forEach(Job::markInterrupted);
    return left;
  }

  /** Marks running jobs whose node stopped renewing their lease as interrupted; returns them. */
  public List<Job> interruptExpired(Instant now) {
    List<Job> expired = jobs.runningWithLeaseExpiredBefore(now);
    expired.forEach(Job::markInterrupted);
    return expired;
  }

  public long countEndedBefore(Instant cutoff) {
    return jobs.countFinishedBefore(cutoff);
  }

  public int deleteEndedBefore(Instant cutoff, int limit) {
    return jobs.deleteFinishedBefore(cutoff, limit);
  }
}
