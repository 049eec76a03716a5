package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.application.JobCancelledException;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobStep;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.StepStatus;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link JobExecution} of one run: reports go straight to the {@link JobStateStore}, one commit
 * each; cancellation is read from the in-memory flag the dispatcher keeps current.
 */
final class JobExecutionContext implements JobExecution {
  private static final long PAUSE_SLICE_MILLIS = 100;

  private final Job job;
  private final JobParameters parameters;
  private final JobStateStore store;
  private final RunningJob handle;
  private final List<JobStep> declared;
  private final Set<String> inherited = new LinkedHashSet<>();
  private int lastReported = -1;
  private final Set<Integer> started = new LinkedHashSet<>();
  private String result = "";

  JobExecutionContext(Job job, JobStateStore store, RunningJob handle) {
    this.job = job;
    this.parameters = job.parameters();
    this.store = store;
    this.handle = handle;
    this.declared = job.steps();
    for (JobStep s : declared) {
      if (s.status() == StepStatus.SKIPPED) {
        inherited.add(s.name());
      }
    }
  }

  @Override
  public String jobId() {
    return job.id();
  }

  @Override
  public JobParameters parameters() {
    return parameters;
  }

  @Override
  public Optional<JobTarget> target() {
    return job.target();
  }

  @Override
  public JobOwner owner() {
    return job.owner();
  }

  @Override
  public void step(String name, StepWork work) throws Exception {
    checkCancelled();
    if (inherited.contains(name)) {
      return;
    }
    int ordinal = pendingStep(name);
    OptimisticRetry.run(() -> store.change(job.id(), j -> j.beginStep(ordinal)));
    lastReported = 0;
    work.run();
    OptimisticRetry.run(() -> store.change(job.id(), j -> j.completeStep(ordinal)));
    lastReported = -1;
  }

  /** The first declared step of that name this run has not started yet. */
  private int pendingStep(String name) {
    for (JobStep s : declared) {
      if (s.name().equals(name) && s.status() == StepStatus.PENDING && started.add(s.ordinal())) {
        return s.ordinal();
      }
    }
    throw new IllegalArgumentException(
        "Job " + job.id() + " has no pending declared step named '" + name + "'");
  }

  @Override
  public Set<String> completedSteps() {
    return Set.copyOf(inherited);
  }

  @Override
  public void progress(int percent) {
    int p = Math.max(0, Math.min(100, percent));
    if (p == lastReported) {
      return;
    }
    lastReported = p;
    OptimisticRetry.run(() -> store.change(job.id(), j -> j.reportProgress(p)));
  }

  @Override
  public void checkCancelled() {
    if (handle.cancelRequested()) {
      throw new JobCancelledException(job.id());
    }
  }

  @Override
  public void pause(Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    checkCancelled();
    for (long left = duration.toMillis(); left > 0; ) {
      Thread.sleep(Math.min(PAUSE_SLICE_MILLIS, left));
      checkCancelled();
      left = (end - System.nanoTime()) / 1_000_000;
    }
  }

  @Override
  public void result(String summary) {
    result = summary == null ? "" : summary;
  }

  String resultSummary() {
    return result;
  }
}
