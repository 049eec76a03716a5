package dev.vireo.server.jobs.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Which jobs a user who is not an Administrator may see and change: its own, and those anchored
 * (see {@link JobAnchor}) in the host-group subtrees and clouds of its scope.
 *
 * @param userId the user; its own jobs are always visible and changeable
 * @param readPaths materialised paths of the host groups whose subtrees the user reads
 * @param writePaths those it may change (cancel and restart jobs there)
 * @param readClouds clouds whose objects the user reads
 * @param writeClouds clouds in which the user manages every VM
 */
public record JobVisibility(
    String userId,
    Set<String> readPaths,
    Set<String> writePaths,
    Set<String> readClouds,
    Set<String> writeClouds) {
  public JobVisibility {
    readPaths = Set.copyOf(readPaths);
    writePaths = Set.copyOf(writePaths);
    readClouds = Set.copyOf(readClouds);
    writeClouds = Set.copyOf(writeClouds);
  }

  /** Only the user's own jobs. */
  public static JobVisibility ownOnly(String userId) {
    return new JobVisibility(userId, Set.of(), Set.of(), Set.of(), Set.of());
  }

  public boolean sees(String ownerId, JobAnchor anchor) {
    return ownerId.equals(userId) || covers(anchor, readPaths, readClouds);
  }

  public boolean mayChange(String ownerId, JobAnchor anchor) {
    return ownerId.equals(userId) || covers(anchor, writePaths, writeClouds);
  }

  private static boolean covers(JobAnchor a, Set<String> paths, Set<String> clouds) {
    Optional<String> path = a.hostGroupPath();
    return path.isPresent() && paths.stream().anyMatch(p -> path.get().startsWith(p))
        || a.cloudId().isPresent() && clouds.contains(a.cloudId().get());
  }
}
