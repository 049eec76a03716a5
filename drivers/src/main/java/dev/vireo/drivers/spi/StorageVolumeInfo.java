package dev.vireo.drivers.spi;

/** A volume (disk image) in a storage pool; {@code path} is what a domain's disk refers to. */
public record StorageVolumeInfo(
    String pool,
    String name,
    String path,
    DiskFormat format,
    long capacityBytes,
    long allocationBytes) {}
