package dev.vireo.server.settings.infrastructure.memory;

import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.util.List;
import java.util.Optional;

/** A thread-safe registry tree held in memory. */
public final class InMemoryRegistryStore implements RegistryStore {
  private final RegistryTree tree = new RegistryTree();

  @Override
  public synchronized Optional<RegistryKey> findKey(RegistryPath path) {
    return tree.findKey(path);
  }

  @Override
  public synchronized Optional<RegistryValue> findValue(RegistryPath path, ValueName name) {
    return tree.findValue(path, name);
  }

  @Override
  public synchronized RegistryKey snapshot() {
    return tree.snapshot();
  }

  @Override
  public synchronized void apply(List<RegistryChange> changes) {
    tree.apply(changes);
  }
}
