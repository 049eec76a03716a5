package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.DomainState;

/** Maps {@code virDomainState} values to {@link DomainState}. */
final class DomainStates {
  private DomainStates() {}

  static DomainState of(int virState, boolean hasManagedSave) {
    return switch (virState) {
      case 1, 2 -> DomainState.RUNNING;
      case 3 -> DomainState.PAUSED;
      case 4 -> DomainState.SHUTTING_DOWN;
      case 5 -> hasManagedSave ? DomainState.SAVED : DomainState.STOPPED;
      case 6 -> DomainState.CRASHED;
      case 7 -> DomainState.GUEST_SUSPENDED;
      default -> DomainState.UNKNOWN;
    };
  }
}
