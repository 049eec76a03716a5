package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.StoragePoolInfo;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a disk image on a host by path. A pool's volume list is only as fresh as its last refresh,
 * so an image another host (or a tool) created in a shared directory may be unknown to the pool;
 * such a path still counts when it lies in an active pool's directory, and the hypervisor checks
 * the file itself when it opens it.
 */
final class PoolFiles {
  private PoolFiles() {}

  static Optional<StorageVolumeInfo> find(HypervisorDriver d, String path) {
    Optional<StorageVolumeInfo> known = d.findVolume(path);
    if (known.isPresent()) {
      return known;
    }
    Path file = Path.of(path);
    Path dir = file.getParent();
    if (dir == null || file.getFileName() == null) {
      return Optional.empty();
    }
    return d.listStoragePools().stream()
        .filter(StoragePoolInfo::active)
        .filter(p -> p.path().map(Path::of).filter(dir::equals).isPresent())
        .findFirst()
        .map(
            p ->
                new StorageVolumeInfo(
                    p.name(), file.getFileName().toString(), path, formatOf(path), 0, 0));
  }

  private static DiskFormat formatOf(String path) {
    return path.endsWith(".qcow2") ? DiskFormat.QCOW2 : DiskFormat.RAW;
  }
}
