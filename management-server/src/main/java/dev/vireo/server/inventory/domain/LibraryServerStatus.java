package dev.vireo.server.inventory.domain;

/** The health of a library server as last seen. */
public enum LibraryServerStatus {
  RESPONDING,
  NOT_RESPONDING,
  ACCESS_DENIED,
  NEEDS_ATTENTION
}
