package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobQuery;
import dev.vireo.server.jobs.domain.JobRepository;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A test double of the job repository for pure logic: jobs kept as they are, no copies. */
public final class InMemoryJobRepository implements JobRepository {
  public final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** The engine's transactions over this repository. */
  public JobTransactions transactions() {
    JobTransactions t = new JobTransactions();
    t.jobs = this;
    return t;
  }

  @Override
  public Optional<Job> findById(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  @Override
  public Page<Job> query(JobQuery query, PageRequest page) {
    List<Job> all =
        jobs.values().stream()
            .filter(j -> query.ownerId().map(o -> o.equals(j.owner().userId())).orElse(true))
            .filter(
                j ->
                    query.visibleTo().map(v -> v.sees(j.owner().userId(), j.anchor())).orElse(true))
            .filter(j -> query.type().map(t -> t.equals(j.type())).orElse(true))
            .toList();
    return new Page<>(all, 0, all.size(), all.size());
  }

  @Override
  public void add(Job job) {
    order.add(job.id());
    jobs.put(job.id(), job);
  }

  final List<String> dispatchLocks = new ArrayList<>();

  @Override
  public void lockDispatch(String node) {
    dispatchLocks.add(node);
  }

  @Override
  public List<Job> queued(int limit) {
    return jobs.values().stream()
        .filter(j -> j.status() == JobStatus.QUEUED)
        .sorted(java.util.Comparator.comparing(j -> order.indexOf(j.id())))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Job> running() {
    return jobs.values().stream().filter(j -> j.status() == JobStatus.RUNNING).toList();
  }

  @Override
  public List<String> cancelRequested(String token) {
    return running().stream()
        .filter(j -> j.cancelRequested() && j.claimToken().equals(Optional.of(token)))
        .map(Job::id)
        .toList();
  }

  @Override
  public int renewLeases(String token, Instant leaseUntil) {
    return 0;
  }

  @Override
  public List<Job> runningOnNodeExcept(String node, String currentToken) {
    return running().stream()
        .filter(j -> j.claimedBy().equals(Optional.of(node)))
        .filter(j -> !j.claimToken().equals(Optional.of(currentToken)))
        .toList();
  }

  @Override
  public List<Job> runningWithLeaseExpiredBefore(Instant now) {
    return List.of();
  }

  @Override
  public long countFinishedBefore(Instant cutoff) {
    return 0;
  }

  @Override
  public int deleteFinishedBefore(Instant cutoff, int limit) {
    return 0;
  }
}
