package dev.vireo.drivers.spi;

import java.util.Optional;

/**
 * A storage pool on a host.
 *
 * @param name pool name, unique per host
 * @param path directory (or device) the pool manages, when it has one
 * @param active whether the pool is started and usable
 */
public record StoragePoolInfo(
    String name,
    Optional<String> path,
    boolean active,
    long capacityBytes,
    long allocationBytes,
    long availableBytes) {}
