package dev.vireo.backup.prune;

import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Removes the points a policy does not keep, under the exclusive lock, in the delete order of
 * format §6: manifest first (the point disappears atomically), then the rest of its directory.
 */
public final class Pruner {
  private final Repository repo;

  public Pruner(Repository repo) {
    this.repo = repo;
  }

  public PrunePlan prune(RetentionPolicy policy, Instant now, boolean dryRun, long waitMillis) {
    try (RepositoryLock lock = repo.lockExclusive(waitMillis)) {
      PrunePlan plan = RetentionPlanner.plan(repo.manifests(), policy, now);
      if (!dryRun) {
        plan.remove().forEach(this::removePoint);
      }
      return plan;
    }
  }

  /** Deletes one point: manifest, fsync, then everything else. */
  public void removePoint(RecoveryPointId id) {
    Path dir = repo.points().dir(id);
    try {
      Files.deleteIfExists(repo.points().manifest(id));
      AtomicFiles.fsyncDirectory(dir);
      AtomicFiles.deleteTree(dir);
      AtomicFiles.fsyncDirectory(dir.getParent());
    } catch (IOException e) {
      throw BackupException.io("remove point " + id, e);
    }
  }
}
