package dev.vireo.server.settings.application;

import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.util.List;
import java.util.Optional;

/**
 * Where one registry tree is kept. Two implementations: the machine-local hive file ({@code
 * infrastructure.hive}) and the shared database store (rows of {@code settings_key} and {@code
 * settings_value}; see {@code docs/design/settings-registry.md}).
 *
 * <p>Contract, checked by {@code RegistryStoreContractTest} for every implementation:
 *
 * <ul>
 *   <li>The root key {@code Settings} always exists and cannot be deleted.
 *   <li>Reads return detached copies; changing them changes nothing stored. Not found is an empty
 *       {@code Optional}, never {@code null}.
 *   <li>{@link #apply} is atomic and isolated: either every change is durable when it returns, or
 *       it throws and nothing changed. Changes apply in list order with the semantics of {@link
 *       dev.vireo.server.settings.domain.RegistryTree#apply}; domain failures surface as {@code
 *       SettingsException} with the domain's code, storage failures translated to a {@code
 *       SettingsException} ({@code SETTINGS_HIVE_IO_ERROR} or the database adapter's own code).
 *   <li>Implementations are thread-safe.
 * </ul>
 */
public interface RegistryStore {

  /** The key at {@code path} with its whole subtree, as a detached copy. */
  Optional<RegistryKey> findKey(RegistryPath path);

  /** One value; empty when the key or the value does not exist. */
  Optional<RegistryValue> findValue(RegistryPath path, ValueName name);

  /** The whole tree from the root, as a detached copy. */
  RegistryKey snapshot();

  /** Applies {@code changes} atomically, in order (see the interface contract). */
  void apply(List<RegistryChange> changes);
}
