package dev.vireo.server.inventory.domain;

/** The state of a virtual machine as last observed. */
public enum VmStatus {
  RUNNING,
  STOPPED,
  PAUSED,
  SAVED,
  /** The VM's host no longer reports it; the VM has no host until it is found again. */
  MISSING,
  /** The VM's host does not respond, so the VM's real state is unknown. */
  HOST_NOT_RESPONDING
}
