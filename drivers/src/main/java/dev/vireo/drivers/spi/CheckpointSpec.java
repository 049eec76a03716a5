package dev.vireo.drivers.spi;

import java.util.List;
import java.util.Objects;

/**
 * A new checkpoint: a named point from which the host tracks changed blocks of the listed disks.
 *
 * @param name unique per domain
 * @param disks guest disk targets (e.g. {@code vda}) to track; empty means all disks
 */
public record CheckpointSpec(String name, List<String> disks) {
  public CheckpointSpec {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.contains("/")) {
      throw new IllegalArgumentException("bad checkpoint name: " + name);
    }
    disks = List.copyOf(disks);
  }
}
