package dev.vireo.drivers.spi;

import java.util.Objects;
import java.util.UUID;

/** The hypervisor's UUID of a domain (VM); stable across migration with libvirt. */
public record DomainUuid(UUID value) {
  public DomainUuid {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the canonical text form. */
  public static DomainUuid parse(String text) {
    return new DomainUuid(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
