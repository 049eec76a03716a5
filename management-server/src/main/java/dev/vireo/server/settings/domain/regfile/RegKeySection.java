package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegistryPath;
import java.util.List;
import java.util.Objects;

/**
 * One {@code [key]} section of a {@code .reg} document with its value lines, or a {@code [-key]}
 * deletion (which has no value lines).
 *
 * @param lineNumber 1-based line of the section header
 * @param path the key
 * @param deletion true for {@code [-key]}
 * @param entries value lines in document order
 */
public record RegKeySection(
    int lineNumber, RegistryPath path, boolean deletion, List<RegValueEntry> entries) {
  public RegKeySection {
    Objects.requireNonNull(path, "path");
    entries = List.copyOf(entries);
  }
}
