package dev.vireo.server.jobs.handlers;

import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.application.JobService;
import dev.vireo.server.jobs.application.JobSettings;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PurgeJobHistory}: deletes jobs that ended more than {@code olderThanDays} days ago
 * (1-3650; default {@code Settings\Jobs\HistoryRetentionDays}), in batches of {@value #BATCH},
 * reporting progress after each batch and stopping between batches when cancelled. Queued and
 * running jobs are never deleted. Administrators only.
 */
@ApplicationScoped
public class PurgeJobHistoryHandler implements JobHandler {
  public static final String TYPE = "PurgeJobHistory";
  static final int BATCH = 200;
  static final String COUNT_STEP = "Count finished jobs to delete";
  static final String DELETE_STEP = "Delete finished jobs";

  @Inject JobService jobs;
  @Inject JobSettings settings;

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
          CommonError.FORBIDDEN, "Only Administrators may purge the job history.");
    }
    p.requireOnly(Set.of("olderThanDays"));
    days(p);
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return "Purge jobs that ended more than " + days(p) + " days ago";
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(COUNT_STEP, DELETE_STEP);
  }

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of("jobs:history");
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    Instant cutoff = Instant.now().minus(Duration.ofDays(days(job.parameters())));
    long[] total = {0};
    job.step(COUNT_STEP, () -> total[0] = jobs.countEndedBefore(cutoff));
    long[] deleted = {0};
    job.step(
        DELETE_STEP,
        () -> {
          for (int n = jobs.purgeEndedBefore(cutoff, BATCH); n > 0; ) {
            deleted[0] += n;
            job.progress((int) Math.min(99, deleted[0] * 100 / Math.max(1, total[0])));
            job.checkCancelled();
            n = jobs.purgeEndedBefore(cutoff, BATCH);
          }
        });
    job.result("Deleted " + deleted[0] + " jobs that ended before " + cutoff);
  }

  private long days(JobParameters p) {
    return p.longValue("olderThanDays", settings.historyRetentionDays(), 0, 3650);
  }
}
