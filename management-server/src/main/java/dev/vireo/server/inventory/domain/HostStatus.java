package dev.vireo.server.inventory.domain;

/** The health of a host as the server last saw it. */
public enum HostStatus {
  RESPONDING,
  NOT_RESPONDING,
  ACCESS_DENIED,
  NEEDS_ATTENTION,
  MAINTENANCE
}
