package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.ErrorCode;
import dev.vireo.server.shared.domain.ErrorKind;

/** Error codes of the jobs context; the catalogue is in {@code docs/design/jobs.md}. */
public enum JobError implements ErrorCode {
  JOB_NOT_FOUND(ErrorKind.NOT_FOUND, "The job does not exist"),
  JOB_TYPE_UNKNOWN(ErrorKind.INVALID_INPUT, "The job type is not known to this server"),
  JOB_TYPE_NOT_SUBMITTABLE(
      ErrorKind.RULE_VIOLATION, "Jobs of this type start through their object's actions"),
  JOB_PARAMETERS_INVALID(ErrorKind.INVALID_INPUT, "The job parameters are invalid"),
  JOB_ALREADY_FINISHED(ErrorKind.CONFLICT, "The job has already finished"),
  JOB_NOT_RESTARTABLE(ErrorKind.CONFLICT, "Only failed or cancelled jobs can be restarted"),
  JOB_STATE_INVALID(ErrorKind.CONFLICT, "The job is not in a state that allows this change"),
  JOB_INTERRUPTED(ErrorKind.CONFLICT, "The server stopped while the job ran"),
  JOB_CANCELLED(ErrorKind.CONFLICT, "The job was cancelled"),
  JOB_FAILED_UNEXPECTEDLY(ErrorKind.INTERNAL, "The job failed with an unexpected error");

  private final ErrorKind kind;
  private final String title;

  JobError(ErrorKind kind, String title) {
    this.kind = kind;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public String title() {
    return title;
  }
}
