package dev.vireo.server.settings.application.internal;

import dev.vireo.server.settings.application.ImportSummary;
import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.application.SettingScope;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.regfile.RegScript;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies a parsed {@code .reg} document across the two stores. The changes for each store are
 * first rehearsed on a copy of that store's tree, so a document that would fail (a missing key, a
 * protected root) changes nothing; then the shared store and the hive each apply their part
 * atomically. Between those two writes only a storage failure can interrupt (see the design doc).
 */
final class RegImport {
  private final RegistryStore machineLocal;
  private final RegistryStore shared;

  RegImport(RegistryStore machineLocal, RegistryStore shared) {
    this.machineLocal = machineLocal;
    this.shared = shared;
  }

  ImportSummary run(RegScript script) {
    List<RegistryChange> changes = script.toChanges();
    Map<Boolean, List<RegistryChange>> byStore =
        changes.stream()
            .collect(
                Collectors.partitioningBy(
                    c -> WellKnownSettings.scopeOf(c.path()) == SettingScope.MACHINE_LOCAL));
    List<RegistryChange> local = byStore.get(true);
    List<RegistryChange> common = byStore.get(false);
    rehearse(machineLocal, local);
    rehearse(shared, common);
    if (!common.isEmpty()) {
      shared.apply(common);
    }
    if (!local.isEmpty()) {
      machineLocal.apply(local);
    }
    return summarize(changes);
  }

  private static void rehearse(RegistryStore store, List<RegistryChange> changes) {
    if (!changes.isEmpty()) {
      RegistryTree.of(store.snapshot()).apply(changes);
    }
  }

  private static ImportSummary summarize(List<RegistryChange> changes) {
    return new ImportSummary(
        count(changes, RegistryChange.CreateKey.class),
        count(changes, RegistryChange.DeleteKey.class),
        count(changes, RegistryChange.SetValue.class),
        count(changes, RegistryChange.DeleteValue.class));
  }

  private static int count(List<RegistryChange> changes, Class<?> type) {
    return (int) changes.stream().filter(type::isInstance).count();
  }
}
