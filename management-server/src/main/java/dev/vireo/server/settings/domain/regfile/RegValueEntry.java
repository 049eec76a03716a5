package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.util.Objects;
import java.util.Optional;

/**
 * One value line of a {@code .reg} document: either a value to set or ({@code "name"=-}) a value to
 * delete.
 *
 * @param lineNumber 1-based line where the entry starts
 * @param name the value name
 * @param value the value to set; empty for a deletion
 */
public record RegValueEntry(int lineNumber, ValueName name, Optional<RegistryValue> value) {
  public RegValueEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public boolean isDeletion() {
    return value.isEmpty();
  }
}
