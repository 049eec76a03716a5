package dev.vireo.server.settings.application;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import dev.vireo.server.settings.domain.regfile.RegEncoding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings registry as one tree, whatever store a key lives in: machine-local keys ({@link
 * WellKnownSettings#MACHINE_LOCAL_KEYS}) in the hive file, everything else in the shared store.
 *
 * <p>Typed reads of {@link WellKnownSetting}s fall back to the declared default and never fail for
 * a missing value. Changes are checked against the declarations (a declared DWord cannot be set as
 * a String) and refuse plain-text secrets. Failures are {@code SettingsException}s with {@code
 * SETTINGS_*} codes. All methods are thread-safe; returned keys are detached copies.
 */
public interface SettingsService {

  /** The key with its subtree; throws {@code SETTINGS_KEY_NOT_FOUND}. */
  RegistryKey getKey(RegistryPath path);

  /** The key with its subtree, when it exists. */
  Optional<RegistryKey> findKey(RegistryPath path);

  /** A stored value; throws {@code SETTINGS_KEY_NOT_FOUND} or {@code SETTINGS_VALUE_NOT_FOUND}. */
  RegistryValue getValue(RegistryPath path, ValueName name);

  /** A stored value, when it exists (defaults not applied). */
  Optional<RegistryValue> findValue(RegistryPath path, ValueName name);

  /** The stored value, else the fallback's effective value, else the declared default. */
  RegistryValue effectiveValue(WellKnownSetting setting);

  /** {@link #effectiveValue} of a DWord setting. */
  long dword(WellKnownSetting setting);

  /** {@link #effectiveValue} of a QWord setting (unsigned bits). */
  long qword(WellKnownSetting setting);

  /** {@link #effectiveValue} of a String or ExpandString setting, not expanded. */
  String string(WellKnownSetting setting);

  /**
   * {@link #effectiveValue} of a String or ExpandString setting with {@code %NAME%} references
   * replaced from {@code variables} (names case-insensitive; unknown references stay as written).
   */
  String expandedString(WellKnownSetting setting, Map<String, String> variables);

  /** {@link #effectiveValue} of a MultiString setting. */
  List<String> multiString(WellKnownSetting setting);

  /** {@link #effectiveValue} of a Binary setting (a copy). */
  byte[] binary(WellKnownSetting setting);

  /** Creates the key and missing parents; no-op when it exists. */
  void createKey(RegistryPath path);

  /** Sets a value in an existing key; throws {@code SETTINGS_KEY_NOT_FOUND} when it is missing. */
  void setValue(RegistryPath path, RegistryValue value);

  /** Removes a value; throws not-found codes when the key or value is missing. */
  void deleteValue(RegistryPath path, ValueName name);

  /** Renames a value, keeping its data and position. */
  void renameValue(RegistryPath path, ValueName from, ValueName to);

  /** Removes a key; a non-empty key only with {@code recursive}; never the root. */
  void deleteKey(RegistryPath path, boolean recursive);

  /** The key and its subtree as a {@code .reg} document. */
  byte[] exportReg(RegistryPath path, RegEncoding encoding);

  /**
   * Imports a {@code .reg} document: parses and validates all of it first (line-numbered errors),
   * then applies it. Nothing is applied when anything is wrong.
   */
  ImportSummary importReg(byte[] document);
}
