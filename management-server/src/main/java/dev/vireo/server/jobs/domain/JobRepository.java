package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Jobs. Implementations join the caller's transaction; the jobs application layer opens a short
 * transaction around every state change so pollers see progress while a job runs.
 */
public interface JobRepository {
  Optional<Job> findById(String id);

  Page<Job> query(JobQuery query, PageRequest page);

  void add(Job job);

  /**
   * Takes the cluster-wide dispatch lock for the rest of the current transaction, waiting while
   * another node holds it. Planning and claiming under this lock see every claim committed before.
   */
  void lockDispatch(String node);

  /** Up to {@code limit} queued jobs, oldest first. */
  List<Job> queued(int limit);

  /** Every running job on every node. */
  List<Job> running();

  /** Ids of running jobs claimed with {@code token} whose cancellation was requested. */
  List<String> cancelRequested(String token);

  /** Extends the lease of every running job claimed with {@code token}; returns how many. */
  int renewLeases(String token, Instant leaseUntil);

  /** Running jobs claimed by {@code node} under a claim other than {@code currentToken}. */
  List<Job> runningOnNodeExcept(String node, String currentToken);

  /** Running jobs whose lease ended before {@code now}. */
  List<Job> runningWithLeaseExpiredBefore(Instant now);

  /** How many jobs ended before {@code cutoff}. */
  long countFinishedBefore(Instant cutoff);

  /** Deletes up to {@code limit} jobs that ended before {@code cutoff}; returns how many. */
  int deleteFinishedBefore(Instant cutoff, int limit);
}
