package dev.vireo.drivers.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pull-mode backup: the host exports a point-in-time view of the disks over NBD until the job is
 * aborted.
 *
 * @param incrementalFrom checkpoint to compare with; the export then carries a dirty bitmap of the
 *     blocks changed since it. Empty for a full backup.
 * @param newCheckpoint checkpoint created atomically with the backup's point in time
 * @param endpoint where the host serves the NBD exports
 * @param disks disk targets to export; empty means all disks
 * @param scratchDirectory host directory for the copy-on-write scratch files
 */
public record PullBackupSpec(
    Optional<String> incrementalFrom,
    Optional<CheckpointSpec> newCheckpoint,
    NbdEndpoint endpoint,
    List<String> disks,
    String scratchDirectory) {
  public PullBackupSpec {
    Objects.requireNonNull(incrementalFrom, "incrementalFrom");
    Objects.requireNonNull(newCheckpoint, "newCheckpoint");
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(scratchDirectory, "scratchDirectory");
    disks = List.copyOf(disks);
  }
}
