package dev.vireo.server.jobs.api;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobFailure;
import dev.vireo.server.jobs.domain.JobStep;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.shared.api.EntityTags;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** JSON shapes of the jobs resources. Absent times, results and errors are left out. */
public final class JobRepresentations {
  private JobRepresentations() {}

  /** {@code POST /jobs}: a job type, its parameters (a flat object) and optionally its target. */
  public record SubmitJobRequest(
      String type, Map<String, Object> parameters, TargetRepresentation target) {}

  public record TargetRepresentation(String type, String id, String name) {
    static TargetRepresentation of(JobTarget t) {
      return new TargetRepresentation(t.type(), t.id(), t.name());
    }

    JobTarget toTarget() {
      return new JobTarget(type, id, name);
    }
  }

  public record OwnerRepresentation(String id, String name) {}

  public record ErrorRepresentation(String code, String message) {
    static ErrorRepresentation of(JobFailure f) {
      return new ErrorRepresentation(f.code(), f.message());
    }
  }

  public record StepRepresentation(
      int ordinal,
      String name,
      String status,
      int percentComplete,
      Instant startedAt,
      Instant endedAt,
      ErrorRepresentation error) {
    static StepRepresentation of(JobStep s) {
      return new StepRepresentation(
          s.ordinal(),
          s.name(),
          s.status().name(),
          s.percentComplete(),
          s.startedAt().orElse(null),
          s.endedAt().orElse(null),
          s.error().map(ErrorRepresentation::of).orElse(null));
    }
  }

  /**
   * A job; {@code steps} only on the single-job resource and in answers to actions, empty in the
   * history (which then costs one query per page, not one per job).
   */
  public record JobRepresentation(
      String id,
      String name,
      String etag,
      String type,
      String status,
      boolean cancelRequested,
      int percentComplete,
      OwnerRepresentation owner,
      TargetRepresentation target,
      Instant createdAt,
      Instant startedAt,
      Instant endedAt,
      String result,
      ErrorRepresentation error,
      Map<String, Object> parameters,
      List<String> lockKeys,
      String restartOf,
      int lastCompletedStep,
      List<StepRepresentation> steps) {

    public static JobRepresentation of(Job j) {
      return of(j, true);
    }

    static JobRepresentation summary(Job j) {
      return of(j, false);
    }

    private static JobRepresentation of(Job j, boolean withSteps) {
      Optional<JobTarget> target = j.target();
      return new JobRepresentation(
          j.id(),
          j.name(),
          EntityTags.quoted(j.version()),
          j.type(),
          j.status().name(),
          j.cancelRequested(),
          j.percentComplete(),
          new OwnerRepresentation(j.owner().userId(), j.owner().name()),
          target.map(TargetRepresentation::of).orElse(null),
          j.createdAt(),
          j.startedAt().orElse(null),
          j.endedAt().orElse(null),
          j.result().orElse(null),
          j.error().map(ErrorRepresentation::of).orElse(null),
          j.parameters().asMap(),
          j.lockKeys().keys().stream().sorted().toList(),
          j.restartOf().orElse(null),
          j.lastCompletedStep(),
          withSteps ? j.steps().stream().map(StepRepresentation::of).toList() : List.of());
    }
  }
}
