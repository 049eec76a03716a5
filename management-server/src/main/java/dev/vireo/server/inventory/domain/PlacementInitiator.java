package dev.vireo.server.inventory.domain;

/** Who moved a VM: Vireo itself (a migration it ran) or someone else that Vireo observed. */
public enum PlacementInitiator {
  VIREO,
  OBSERVED
}
