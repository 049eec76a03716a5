package dev.vireo.server.hosts.domain;

import dev.vireo.server.inventory.domain.HostStatus;

/**
 * Why the server could not talk to a host, and the host status that follows: a refused login is
 * Access Denied (permanent until the Run As account changes); anything else is Not Responding
 * (transient: the periodic refresh keeps trying).
 */
public enum ConnectionFailure {
  /** The host refused the Run As account's credentials. */
  ACCESS_DENIED,
  /** The host could not be reached, or an open connection broke. */
  UNREACHABLE;

  public HostStatus hostStatus() {
    return this == ACCESS_DENIED ? HostStatus.ACCESS_DENIED : HostStatus.NOT_RESPONDING;
  }

  /** Whether the VMs' state becomes unknown (Host Not Responding). */
  public boolean vmsBecomeUnknown() {
    return this == UNREACHABLE;
  }
}
