package dev.vireo.backup.source;

/** What the bytes outside a source's extents are. */
public enum ExtentMode {
  /** Outside the extents the disk reads as zeros (holes, unallocated blocks). */
  ALLOCATED,
  /** Outside the extents the disk is unchanged since the previous recovery point. */
  CHANGED
}
