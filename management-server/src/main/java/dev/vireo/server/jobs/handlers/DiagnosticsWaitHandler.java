package dev.vireo.server.jobs.handlers;

import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Diagnostics.Wait}: a diagnostic for operators, Administrators only. It runs {@code steps}
 * steps (1-100, default 3) that each wait {@code stepMillis} milliseconds (0-60000, default 1000),
 * reporting progress within each step. With {@code lockKey} it holds {@code diagnostics:<lockKey>},
 * so two such jobs with the same key run one after the other. It changes nothing; it shows whether
 * jobs are queued, started, reported, cancelled and restarted as they should be.
 */
@ApplicationScoped
public class DiagnosticsWaitHandler implements JobHandler {
  public static final String TYPE = "Diagnostics.Wait";
  static final int MAX_STEPS = 100;
  static final long MAX_STEP_MILLIS = 60_000;
  private static final Set<String> PARAMETERS = Set.of("steps", "stepMillis", "lockKey");

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public boolean directlySubmittable() {
    return true;
  }

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    if (!caller.administrator()) {
      throw new DomainException(
          CommonError.FORBIDDEN, "Only Administrators may run the " + TYPE + " diagnostic job.");
    }
    p.requireOnly(PARAMETERS);
    stepCount(p);
    stepMillis(p);
    lockKeys(p, target);
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return "Diagnostic wait: " + stepCount(p) + " steps of " + stepMillis(p) + " ms";
  }

  @Override
  public List<String> steps(JobParameters p) {
    int n = stepCount(p);
    List<String> names = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      names.add(stepName(i, n));
    }
    return names;
  }

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return p.optionalString("lockKey")
        .map(k -> LockKeys.of("diagnostics:" + k))
        .orElse(LockKeys.none());
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    int n = stepCount(job.parameters());
    long millis = stepMillis(job.parameters());
    int ran = 0;
    for (int i = 1; i <= n; i++) {
      String name = stepName(i, n);
      if (!job.completedSteps().contains(name)) {
        ran++;
      }
      job.step(name, () -> waitReporting(job, millis));
    }
    job.result(
        "Waited "
            + ran
            + " of "
            + n
            + " steps of "
            + millis
            + " ms; "
            + (n - ran)
            + " were done by the job this one restarts");
  }

  private static void waitReporting(JobExecution job, long millis) throws InterruptedException {
    for (int quarter = 1; quarter <= 4; quarter++) {
      job.pause(Duration.ofMillis(millis / 4));
      if (quarter < 4) {
        job.progress(quarter * 25);
      }
    }
  }

  private static String stepName(int i, int n) {
    return "Wait " + i + " of " + n;
  }

  private static int stepCount(JobParameters p) {
    return (int) p.longValue("steps", 3, 1, MAX_STEPS);
  }

  private static long stepMillis(JobParameters p) {
    return p.longValue("stepMillis", 1000, 0, MAX_STEP_MILLIS);
  }
}
