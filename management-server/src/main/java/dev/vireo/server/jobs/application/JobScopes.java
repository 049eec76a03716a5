package dev.vireo.server.jobs.application;

import dev.vireo.server.jobs.domain.JobAnchor;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.JobVisibility;
import dev.vireo.server.security.domain.AccessScope;
import java.util.Optional;

/**
 * What the jobs context needs to know about the fabric to decide who sees a job; implemented by the
 * inventory context, which owns the host-group tree.
 */
public interface JobScopes {
  /**
   * Where a job's target sits now ({@code parameters} name it for jobs without a target, such as
   * adding a host to a group); {@link JobAnchor#none()} when nothing places it.
   */
  JobAnchor anchorOf(Optional<JobTarget> target, JobParameters parameters);

  /** The jobs a user who is not an Administrator may see and change. */
  JobVisibility visibilityOf(AccessScope scope);
}
