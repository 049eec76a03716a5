package dev.vireo.server.jobs.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters of the job history; empty filters match everything.
 *
 * @param status jobs in this status
 * @param ownerId jobs of this user (set by the service for callers who see only their own jobs)
 * @param ownerName jobs of the user with this login name
 * @param type jobs of this type
 * @param targetType jobs whose target is of this kind
 * @param targetId jobs on this object
 * @param from jobs created at or after this time
 * @param to jobs created before this time
 * @param visibleTo only jobs this user may see (set by the service for callers who are not
 *     Administrators)
 */
public record JobQuery(
    Optional<JobStatus> status,
    Optional<String> ownerId,
    Optional<String> ownerName,
    Optional<String> type,
    Optional<String> targetType,
    Optional<String> targetId,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<JobVisibility> visibleTo) {

  public static JobQuery all() {
    return new JobQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The same filters restricted to one owner's jobs. */
  public JobQuery ownedBy(String userId) {
    return new JobQuery(
        status, Optional.of(userId), ownerName, type, targetType, targetId, from, to, visibleTo);
  }

  /** The same filters restricted to the jobs {@code v} allows. */
  public JobQuery visibleTo(JobVisibility v) {
    return new JobQuery(
        status, ownerId, ownerName, type, targetType, targetId, from, to, Optional.of(v));
  }
}
