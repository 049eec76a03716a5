package dev.vireo.drivers.spi;

import java.util.Objects;

/**
 * A new volume to create in a pool. Volumes are created sparse (no preallocation).
 *
 * @param name file name inside the pool, e.g. {@code web01-disk0.qcow2}
 */
public record VolumeSpec(String name, long capacityBytes, DiskFormat format) {
  public VolumeSpec {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.contains("/")) {
      throw new IllegalArgumentException("volume name must be a plain file name: " + name);
    }
    if (capacityBytes <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
  }
}
