package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Utc;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A long or mutating operation, persisted so that users can follow, cancel and restart it and so
 * that it survives the server: status, progress, declared steps, owner, target, input, result and
 * error. Life cycle: {@code QUEUED → RUNNING → COMPLETED | FAILED | CANCELLED}, and {@code QUEUED →
 * CANCELLED}. A node claims a queued job with {@link #start}; the optimistic version makes the
 * claim exclusive across server nodes.
 */
@Entity
@Table(name = "job")
public class Job extends AggregateRoot {
  /** What an interrupted job's error says to do. */
  public static final String INTERRUPTED_MESSAGE =
      "The server stopped while the job ran; restart it with POST /jobs/{id}/actions/restart.";

  @Column(name = "name", nullable = false, length = 256)
  private String name;

  @Column(name = "job_type", nullable = false, length = 128, updatable = false)
  private String type;

  @Column(name = "owner_id", nullable = false, length = 36, updatable = false)
  private String ownerId;

  @Column(name = "owner_name", nullable = false, length = 128, updatable = false)
  private String ownerName;

  @Column(name = "target_type", length = 64, updatable = false)
  private String targetType;

  @Column(name = "target_id", length = 128, updatable = false)
  private String targetId;

  @Column(name = "target_name", length = 256, updatable = false)
  private String targetName;

  @Column(name = "scope_path", length = 800, updatable = false)
  private String scopePath;

  @Column(name = "scope_cloud_id", length = 36, updatable = false)
  private String scopeCloudId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private JobStatus status;

  @Column(name = "cancel_requested", nullable = false)
  private boolean cancelRequested;

  @Column(name = "percent_complete", nullable = false)
  private int percentComplete;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "result_summary", length = 4000)
  private String result;

  @Column(name = "error_code", length = 64)
  private String errorCode;

  @Column(name = "error_message", length = 2000)
  private String errorMessage;

  @Column(name = "parameters", nullable = false, updatable = false)
  private String parameters;

  @Column(name = "lock_keys", nullable = false, length = 4000, updatable = false)
  private String lockKeys;

  @Column(name = "restart_of", length = 36, updatable = false)
  private String restartOf;

  @Column(name = "last_completed_step", nullable = false)
  private int lastCompletedStep;

  @Column(name = "claimed_by", length = 256)
  private String claimedBy;

  @Column(name = "claim_token", length = 36)
  private String claimToken;

  @Column(name = "lease_expires_at")
  private LocalDateTime leaseExpiresAt;

  @OneToMany(
      mappedBy = "job",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("ordinal ASC")
  private List<JobStep> steps = new ArrayList<>();

  protected Job() {}

  private Job(JobSpec spec, JobOwner owner) {
    super(newId());
    this.name = spec.name();
    this.type = spec.type();
    this.ownerId = owner.userId();
    this.ownerName = owner.name();
    spec.target()
        .ifPresent(
            t -> {
              targetType = t.type();
              targetId = t.id();
              targetName = t.name();
            });
    this.status = JobStatus.QUEUED;
    this.parameters = spec.parameters().toJson();
    this.lockKeys = spec.lockKeys().stored();
    for (String step : spec.steps()) {
      steps.add(new JobStep(this, steps.size() + 1, step));
    }
  }

  /** A new queued job. */
  public static Job submit(JobSpec spec, JobOwner owner) {
    return submit(spec, owner, JobAnchor.none());
  }

  /** A new queued job whose target sits at {@code anchor} in the fabric. */
  public static Job submit(JobSpec spec, JobOwner owner, JobAnchor anchor) {
    Job j = new Job(spec, owner);
    j.anchorAt(anchor);
    return j;
  }

  private void anchorAt(JobAnchor anchor) {
    this.scopePath = anchor.hostGroupPath().orElse(null);
    this.scopeCloudId = anchor.cloudId().orElse(null);
  }

  /** Where the target sat in the fabric when the job was submitted. */
  public JobAnchor anchor() {
    return new JobAnchor(Optional.ofNullable(scopePath), Optional.ofNullable(scopeCloudId));
  }

  /**
   * A new queued job with the same type, input, target and steps, owned by {@code owner}. The steps
   * this job completed in an unbroken run from the first are marked skipped in the new job, so the
   * handler does not repeat them. Only failed or cancelled jobs can be restarted.
   */
  public Job restartAs(JobOwner owner) {
    if (status != JobStatus.FAILED && status != JobStatus.CANCELLED) {
      throw new DomainException(
          JobError.JOB_NOT_RESTARTABLE,
          "Job " + id() + " is " + status + "; only failed or cancelled jobs can be restarted.");
    }
    Job next =
        new Job(new JobSpec(type, name, target(), parameters(), lockKeys(), stepNames()), owner);
    next.restartOf = id();
    next.anchorAt(anchor());
    for (JobStep s : next.steps) {
      if (s.ordinal() <= lastCompletedStep) {
        s.skip();
      }
    }
    next.lastCompletedStep = lastCompletedStep;
    next.recomputePercent();
    return next;
  }

  /** Claims the queued job for one server process and marks it running. */
  public void start(String node, String token, Instant leaseUntil) {
    require(JobStatus.QUEUED, "start");
    status = JobStatus.RUNNING;
    startedAt = Utc.now();
    claimedBy = node;
    claimToken = token;
    leaseExpiresAt = Utc.column(leaseUntil);
  }

  /** Marks the step running; a step already done (inherited by a restart) cannot begin again. */
  public void beginStep(int ordinal) {
    require(JobStatus.RUNNING, "begin a step");
    JobStep s = step(ordinal);
    if (s.status() != StepStatus.PENDING) {
      throw stateError("begin step " + ordinal + " which is " + s.status());
    }
    s.begin();
    recomputePercent();
  }

  /** Progress of the running step, or of the job when no step runs; 0-100. */
  public void reportProgress(int percent) {
    require(JobStatus.RUNNING, "report progress");
    Optional<JobStep> running = runningStep();
    if (running.isPresent()) {
      running.get().progress(percent);
      recomputePercent();
    } else {
      percentComplete = Math.max(percentComplete, Math.max(0, Math.min(99, percent)));
    }
  }

  public void completeStep(int ordinal) {
    require(JobStatus.RUNNING, "complete a step");
    JobStep s = step(ordinal);
    if (s.status() != StepStatus.RUNNING) {
      throw stateError("complete step " + ordinal + " which is " + s.status());
    }
    s.complete();
    recomputeLastCompleted();
    recomputePercent();
  }

  /** The job did its work; steps it did not need are marked skipped. */
  public void succeed(String resultSummary) {
    require(JobStatus.RUNNING, "succeed");
    for (JobStep s : steps) {
      if (s.status() == StepStatus.RUNNING) {
        s.complete();
      } else if (s.status() == StepStatus.PENDING) {
        s.skip();
      }
    }
    result = truncate(resultSummary, 4000);
    end(JobStatus.COMPLETED);
    percentComplete = 100;
    recomputeLastCompleted();
  }

  /** The job failed; the running step fails with it. */
  public void fail(String code, String message) {
    require(JobStatus.RUNNING, "fail");
    String m = truncate(message, 2000);
    runningStep().ifPresent(s -> s.end(StepStatus.FAILED, code, m));
    errorCode = truncate(code, 64);
    errorMessage = m;
    end(JobStatus.FAILED);
  }

  /**
   * Asks the job to stop: a queued job is cancelled at once; a running one is flagged and its
   * handler stops at the next step boundary or cancellation check.
   */
  public void requestCancel() {
    if (status.finished()) {
      throw new DomainException(
          JobError.JOB_ALREADY_FINISHED,
          "Job " + id() + " has already finished (" + status + "); there is nothing to cancel.");
    }
    if (status == JobStatus.QUEUED) {
      end(JobStatus.CANCELLED);
    } else {
      cancelRequested = true;
    }
  }

  /** The handler stopped because cancellation was requested. */
  public void markCancelled() {
    require(JobStatus.RUNNING, "be marked cancelled");
    runningStep().ifPresent(s -> s.end(StepStatus.CANCELLED, null, null));
    end(JobStatus.CANCELLED);
  }

  /** The process running the job stopped before it ended. */
  public void markInterrupted() {
    require(JobStatus.RUNNING, "be marked interrupted");
    String m = INTERRUPTED_MESSAGE.replace("{id}", id());
    runningStep().ifPresent(s -> s.end(StepStatus.FAILED, JobError.JOB_INTERRUPTED.code(), m));
    errorCode = JobError.JOB_INTERRUPTED.code();
    errorMessage = m;
    end(JobStatus.FAILED);
  }

  private void end(JobStatus finalStatus) {
    status = finalStatus;
    endedAt = Utc.now();
    claimToken = null;
    leaseExpiresAt = null;
  }

  private void require(JobStatus expected, String action) {
    if (status != expected) {
      throw stateError(action + " while " + status);
    }
  }

  private DomainException stateError(String what) {
    return new DomainException(JobError.JOB_STATE_INVALID, "Job " + id() + " cannot " + what + ".");
  }

  private JobStep step(int ordinal) {
    if (ordinal < 1 || ordinal > steps.size()) {
      throw stateError("use step " + ordinal + "; it has " + steps.size() + " steps");
    }
    return steps.get(ordinal - 1);
  }

  private Optional<JobStep> runningStep() {
    return steps.stream().filter(s -> s.status() == StepStatus.RUNNING).findFirst();
  }

  private void recomputeLastCompleted() {
    int last = 0;
    for (JobStep s : steps) {
      if (!s.status().done()) {
        break;
      }
      last = s.ordinal();
    }
    lastCompletedStep = last;
  }

  private void recomputePercent() {
    if (steps.isEmpty()) {
      return;
    }
    int sum = 0;
    for (JobStep s : steps) {
      sum += s.percentComplete();
    }
    percentComplete = Math.min(99, sum / steps.size());
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public String name() {
    return name;
  }

  public String type() {
    return type;
  }

  public JobOwner owner() {
    return new JobOwner(ownerId, ownerName);
  }

  public Optional<JobTarget> target() {
    return targetId == null
        ? Optional.empty()
        : Optional.of(new JobTarget(targetType, targetId, targetName));
  }

  public JobStatus status() {
    return status;
  }

  public boolean cancelRequested() {
    return cancelRequested;
  }

  public int percentComplete() {
    return percentComplete;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(Utc.instant(startedAt));
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(Utc.instant(endedAt));
  }

  public Optional<String> result() {
    return Optional.ofNullable(result);
  }

  public Optional<JobFailure> error() {
    return errorCode == null
        ? Optional.empty()
        : Optional.of(new JobFailure(errorCode, errorMessage == null ? "" : errorMessage));
  }

  public JobParameters parameters() {
    return JobParameters.parse(parameters);
  }

  public LockKeys lockKeys() {
    return LockKeys.parse(lockKeys);
  }

  public Optional<String> restartOf() {
    return Optional.ofNullable(restartOf);
  }

  /** The last step of the unbroken run of done steps from the first; 0 when none is done. */
  public int lastCompletedStep() {
    return lastCompletedStep;
  }

  public List<JobStep> steps() {
    return List.copyOf(steps);
  }

  public List<String> stepNames() {
    return steps.stream().map(JobStep::name).toList();
  }

  /** The server node that claimed the job, when it has run. */
  public Optional<String> claimedBy() {
    return Optional.ofNullable(claimedBy);
  }

  /** The claim of the process running the job; empty once it has ended. */
  public Optional<String> claimToken() {
    return Optional.ofNullable(claimToken);
  }
}
