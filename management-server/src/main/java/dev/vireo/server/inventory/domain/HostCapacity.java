package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;

/**
 * What a host offers.
 *
 * @param cpuCores logical CPU cores, 1 to 4096
 * @param memoryBytes physical memory in bytes, 0 or more (0 = not known yet)
 * @param storageBytes local storage in bytes, 0 or more
 */
public record HostCapacity(int cpuCores, long memoryBytes, long storageBytes) {
  public static final HostCapacity UNKNOWN = new HostCapacity(1, 0, 0);

  /** Adds this capacity's field errors (prefixed with {@code prefix}) to {@code v}. */
  public Validation check(Validation v, String prefix) {
    return v.requireRange(cpuCores, 1, 4096, prefix + "cpuCores")
        .requireRange(memoryBytes, 0, Long.MAX_VALUE, prefix + "memoryBytes")
        .requireRange(storageBytes, 0, Long.MAX_VALUE, prefix + "storageBytes");
  }
}
