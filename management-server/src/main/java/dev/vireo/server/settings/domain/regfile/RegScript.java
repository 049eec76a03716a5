package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegistryChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code .reg} document: its sections in order. {@link #toChanges()} gives the registry
 * changes with regedit's import semantics: {@code [key]} creates the key and its parents, {@code
 * "name"=...} sets a value, {@code "name"=-} removes a value if present, {@code [-key]} removes a
 * key and its subtree if present.
 */
public record RegScript(List<RegKeySection> sections) {
  public RegScript {
    sections = List.copyOf(sections);
  }

  /** The changes this document makes, in document order. */
  public List<RegistryChange> toChanges() {
    List<RegistryChange> changes = new ArrayList<>();
    for (RegKeySection section : sections) {
      if (section.deletion()) {
        changes.add(new RegistryChange.DeleteKey(section.path(), true, false));
        continue;
      }
      changes.add(new RegistryChange.CreateKey(section.path()));
      for (RegValueEntry entry : section.entries()) {
        changes.add(
            entry
                .value()
                .<RegistryChange>map(v -> new RegistryChange.SetValue(section.path(), v))
                .orElseGet(
                    () -> new RegistryChange.DeleteValue(section.path(), entry.name(), false)));
      }
    }
    return List.copyOf(changes);
  }
}
