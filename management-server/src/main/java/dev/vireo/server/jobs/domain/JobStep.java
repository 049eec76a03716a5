package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Utc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One declared step of a {@link Job}, with its own status, progress and times. Part of the job
 * aggregate: changed only through the job's methods.
 */
@Entity
@Table(name = "job_step")
public class JobStep {
  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "job_id", nullable = false, updatable = false)
  private Job job;

  @Column(name = "ordinal", nullable = false, updatable = false)
  private int ordinal;

  @Column(name = "name", nullable = false, length = 256, updatable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private StepStatus status;

  @Column(name = "percent_complete", nullable = false)
  private int percentComplete;

  @Column(name = "started_at")
  private LocalDateTime startedAt;

  @Column(name = "ended_at")
  private LocalDateTime endedAt;

  @Column(name = "error_code", length = 64)
  private String errorCode;

  @Column(name = "error_message", length = 2000)
  private String errorMessage;

  protected JobStep() {}

  JobStep(Job job, int ordinal, String name) {
    this.id = AggregateRoot.newId();
    this.job = job;
    this.ordinal = ordinal;
    this.name = name;
    this.status = StepStatus.PENDING;
  }

  void begin() {
    status = StepStatus.RUNNING;
    percentComplete = 0;
    startedAt = Utc.now();
  }

  void progress(int percent) {
    percentComplete = Math.max(0, Math.min(100, percent));
  }

  void complete() {
    status = StepStatus.COMPLETED;
    percentComplete = 100;
    endedAt = Utc.now();
  }

  void skip() {
    status = StepStatus.SKIPPED;
    endedAt = Utc.now();
  }

  void end(StepStatus finalStatus, String code, String message) {
    status = finalStatus;
    errorCode = code;
    errorMessage = message;
    endedAt = Utc.now();
  }

  /** 1 for the first step. */
  public int ordinal() {
    return ordinal;
  }

  public String name() {
    return name;
  }

  public StepStatus status() {
    return status;
  }

  public int percentComplete() {
    return status.done() ? 100 : percentComplete;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(Utc.instant(startedAt));
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(Utc.instant(endedAt));
  }

  public Optional<JobFailure> error() {
    return errorCode == null
        ? Optional.empty()
        : Optional.of(new JobFailure(errorCode, errorMessage == null ? "" : errorMessage));
  }
}
