package dev.vireo.drivers.spi;

/** Power state of a domain, as Vireo distinguishes them. */
public enum DomainState {
  RUNNING,
  PAUSED,
  /** A guest shutdown is in progress. */
  SHUTTING_DOWN,
  STOPPED,
  /** Stopped with its memory saved (managed save); starting resumes it. */
  SAVED,
  CRASHED,
  /** Suspended by the guest's power management. */
  GUEST_SUSPENDED,
  UNKNOWN;

  /** Whether the domain has a running or paused QEMU process. */
  public boolean isActive() {
    return this == RUNNING || this == PAUSED || this == SHUTTING_DOWN || this == GUEST_SUSPENDED;
  }
}
