package dev.vireo.drivers.spi;

import java.util.List;
import java.util.Optional;

/** A running pull backup: the NBD endpoint and one export per disk. */
public record BackupExport(NbdEndpoint endpoint, List<ExportedDisk> disks) {
  public BackupExport {
    disks = List.copyOf(disks);
  }

  /**
   * One exported disk.
   *
   * @param dirtyBitmap name of the NBD meta context bitmap (use as {@code
   *     qemu:dirty-bitmap:<name>}) for incremental backups
   */
  public record ExportedDisk(String target, String exportName, Optional<String> dirtyBitmap) {}
}
