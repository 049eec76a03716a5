package dev.vireo.drivers.spi;

import java.util.EnumSet;
import java.util.Set;

/** The optional features a driver supports; callers check before offering an operation. */
public record DriverCapabilities(Set<Feature> features) {

  /** Optional driver features. */
  public enum Feature {
    LIFECYCLE_EVENTS,
    LIVE_MIGRATION,
    LIVE_STORAGE_MIGRATION,
    MANAGED_SAVE,
    CHECKPOINTS,
    PULL_BACKUP,
    VM_METADATA,
    STORAGE_POOLS
  }

  public DriverCapabilities {
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
  }

  public boolean supports(Feature feature) {
    return features.contains(feature);
  }
}
