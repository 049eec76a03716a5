package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.application.JobCancelRequested;
import dev.vireo.server.jobs.application.JobSettings;
import dev.vireo.server.jobs.application.JobSubmitted;
import dev.vireo.server.jobs.domain.Job;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts queued jobs on this node. One ticker thread polls the queue every {@link #POLL} (and at
 * once when a job is submitted here), asks {@link DispatchPlanner} which jobs may start, claims
 * each with an optimistic-lock update and hands it to a worker. The ticker also renews the leases
 * of the jobs this process runs, passes cancellation requests to them, and marks jobs of nodes
 * whose leases ran out as interrupted. Threads come from the container's managed thread factory.
 */
@ApplicationScoped
public class JobDispatcher {
  static final int WORKERS = 8;
  static final Duration POLL = Duration.ofSeconds(1);
  static final Duration LEASE = Duration.ofSeconds(90);
  static final Duration RENEW_EVERY = Duration.ofSeconds(15);
  static final Duration SWEEP_EVERY = Duration.ofSeconds(30);
  private static final Logger LOG = Logger.getLogger(JobDispatcher.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject JobTransactions store;
  @Inject JobRunner runner;
  @Inject JobSettings settings;

  private final String token = UUID.randomUUID().toString();
  private final String node = NodeIdentity.current();
  private final Map<String, RunningJob> local = new ConcurrentHashMap<>();
  private volatile boolean stopping;
  private volatile ScheduledExecutorService ticker;
  private volatile ExecutorService workers;
  private Instant lastRenewal = Instant.EPOCH;
  private Instant lastSweep = Instant.EPOCH;

  /** The claim token of this process: jobs it runs carry it. */
  public String token() {
    return token;
  }

  /** This node's stable name. */
  public String node() {
    return node;
  }

  /** Starts polling; called once recovery has run. */
  public synchronized void start() {
    if (ticker != null) {
      return;
    }
    workers =
        new ThreadPoolExecutor(
            WORKERS, WORKERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    ticker = Executors.newSingleThreadScheduledExecutor(threads);
    ticker.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info(
        () -> "VIREO-JOB-007 Job dispatcher started on node " + node + " (claim " + token + ")");
  }

  void onSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobSubmitted event) {
    wake();
  }

  void onCancelRequested(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) JobCancelRequested event) {
    RunningJob r = local.get(event.jobId());
    if (r != null) {
      r.requestCancel();
    }
  }

  /** Polls now instead of at the next tick. */
  public void wake() {
    ScheduledExecutorService t = ticker;
    if (t == null || stopping) {
      return;
    }
    try {
      t.execute(this::tick);
    } catch (RejectedExecutionException e) {
      // shutting down
    }
  }

  private void tick() {
    if (stopping) {
      return;
    }
    try {
      maintain(Instant.now());
      dispatch();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "VIREO-JOB-010 Job dispatch failed; retrying at the next poll", e);
    }
  }

  private void maintain(Instant now) {
    if (!local.isEmpty() && now.isAfter(lastRenewal.plus(RENEW_EVERY))) {
      store.renewLeases(token, now.plus(LEASE));
      lastRenewal = now;
    }
    if (now.isAfter(lastSweep.plus(SWEEP_EVERY))) {
      for (Job j : store.interruptExpired(now)) {
        LOG.warning(
            "VIREO-JOB-002 Job "
                + j.id()
                + " ("
                + j.type()
                + ") was interrupted: its node "
                + j.claimedBy().orElse("?")
                + " stopped renewing its lease");
      }
      lastSweep = now;
    }
    if (!local.isEmpty()) {
      for (String id : store.cancelRequested(token)) {
        RunningJob r = local.get(id);
        if (r != null) {
          r.requestCancel();
        }
      }
    }
  }

  private void dispatch() {
    int free = WORKERS - local.size();
    if (free <= 0 || !store.anyQueued()) {
      return;
    }
    List<String> claimed;
    try {
      claimed =
          store.claimNext(node, token, Instant.now().plus(LEASE), free, settings::maxConcurrent);
    } catch (RuntimeException e) {
      if (!OptimisticRetry.isOptimisticLockFailure(e)) {
        throw e;
      }
      return; // a queued job changed meanwhile (cancelled); the next poll plans again
    }
    claimed.forEach(this::launch);
  }

  private void launch(String jobId) {
    RunningJob handle = new RunningJob(jobId);
    local.put(jobId, handle);
    workers.execute(
        () -> {
          try {
            runner.run(jobId, handle, () -> stopping);
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "VIREO-JOB-008 Could not record the end of job " + jobId, e);
          } finally {
            local.remove(jobId);
            wake();
          }
        });
  }

  @PreDestroy
  synchronized void stop() {
    stopping = true;
    if (ticker != null) {
      // No thread is interrupted: an interrupt in the middle of a database call can make the
      // embedded database give up its file. A running tick finishes; running jobs are left as
      // they are (their failures while the server stops are ignored) and the next start marks
      // them interrupted so they can be restarted.
      ticker.shutdown();
      workers.shutdown();
    }
  }
}
