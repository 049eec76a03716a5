package dev.vireo.backup.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A recovery point's description; its file's atomic rename commits the point. */
public record Manifest(
    RecoveryPointId pointId,
    VmId vmId,
    Instant createdAt,
    PointKind kind,
    Optional<RecoveryPointId> parent,
    List<DiskRecord> disks) {
  public Manifest {
    disks = List.copyOf(disks);
  }

  public Optional<DiskRecord> disk(DiskId id) {
    return disks.stream().filter(d -> d.diskId().equals(id)).findFirst();
  }

  public long totalSize() {
    return disks.stream().mapToLong(DiskRecord::diskSize).sum();
  }
}
