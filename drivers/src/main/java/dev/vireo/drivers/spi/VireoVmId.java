package dev.vireo.drivers.spi;

import java.util.Objects;
import java.util.UUID;

/** Vireo's own id of a VM, kept in the domain's metadata so it survives migration and re-import. */
public record VireoVmId(UUID value) {
  public VireoVmId {
    Objects.requireNonNull(value, "value");
  }

  /** Parses the canonical text form. */
  public static VireoVmId parse(String text) {
    return new VireoVmId(UUID.fromString(text.trim()));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
