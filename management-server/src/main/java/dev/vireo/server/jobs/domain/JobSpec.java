package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.Validation;
import java.util.List;
import java.util.Optional;

/**
 * Everything a new job needs besides its owner, as a handler describes it.
 *
 * @param type the job type id
 * @param name what the history shows, e.g. {@code Delete host group 'Lab'}
 * @param target the object the job works on, if any
 * @param parameters the job's input
 * @param lockKeys what the job holds exclusively while it runs
 * @param steps the declared step names, in order (at most {@value #MAX_STEPS})
 */
public record JobSpec(
    String type,
    String name,
    Optional<JobTarget> target,
    JobParameters parameters,
    LockKeys lockKeys,
    List<String> steps) {
  public static final int MAX_STEPS = 1000;

  public JobSpec {
    steps = List.copyOf(steps);
    Validation v =
        Validation.start()
            .requireText(type, "type")
            .requireMaxLength(type, 128, "type")
            .requireText(name, "name")
            .requireMaxLength(name, 256, "name")
            .require(steps.size() <= MAX_STEPS, "steps", "at most " + MAX_STEPS + " steps");
    for (String s : steps) {
      v.require(s != null && !s.isBlank() && s.length() <= 256, "steps", "names 1-256 characters");
    }
    v.throwIfInvalid();
  }
}
