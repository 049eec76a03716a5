package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobError;
import dev.vireo.server.jobs.domain.JobRepository;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The job engine's database work, each method its own short transaction ({@code REQUIRES_NEW}), so
 * state changes are visible at once and never ride on a caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class JobTransactions implements JobStateStore {
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
   * Claims a queued job for this process. False when it is no longer queued; a concurrent claim by
   * another node fails this one's commit with an optimistic-lock error.
   */
  public boolean claim(String jobId, String node, String token, Instant leaseUntil) {
    Job job = load(jobId);
    if (job.status() != JobStatus.QUEUED) {
      return false;
    }
    job.start(node, token, leaseUntil);
    return true;
  }

  public List<Job> queued(int limit) {
    return jobs.queued(limit);
  }

  public List<Job> running() {
    return jobs.running();
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
