package dev.vireo.drivers.spi;

import java.util.Objects;
import java.util.UUID;

/** The UUID a host reports for itself (libvirt: the host UUID in its capabilities). */
public record HostUuid(UUID value) {
  public HostUuid {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the canonical text form. */
  public static HostUuid parse(String text) {
    return new HostUuid(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
