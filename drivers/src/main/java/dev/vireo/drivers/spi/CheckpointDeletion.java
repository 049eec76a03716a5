package dev.vireo.drivers.spi;

/** How much of a checkpoint to delete. */
public enum CheckpointDeletion {
  /** Metadata and the disks' change bitmaps (merged into the parent checkpoint's bitmap). */
  WITH_BITMAPS,
  /**
   * Only the hypervisor's metadata; the bitmaps stay in the disk images so the checkpoint can be
   * {@linkplain HypervisorDriver#redefineCheckpoint redefined} later, e.g. on a migration target.
   */
  METADATA_ONLY
}
