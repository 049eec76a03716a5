package dev.vireo.backup.backup;

import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.source.DiskSource;
import java.util.List;

/**
 * One recovery point to take: the VM, the kind and a source per disk. {@code INCREMENTAL} and
 * {@code EXPRESS_FULL} need sources in {@code CHANGED} mode (or read everything they are given) and
 * build on the VM's newest point.
 */
public record BackupRequest(VmId vmId, PointKind kind, List<DiskSource> disks) {
  public BackupRequest {
    disks = List.copyOf(disks);
  }
}
