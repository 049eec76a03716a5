package dev.vireo.server.settings.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A node of the registry tree: a key with its values and subkeys. Subkeys are kept sorted
 * case-insensitively (as Registry Editor lists and exports them); values keep the order they were
 * first set in, with the default value first.
 *
 * <p>Not thread-safe. Keys handed out by stores and services are detached copies: changing them
 * changes nothing stored.
 */
public final class RegistryKey {
  private final RegistryPath path;
  private final Map<ValueName, RegistryValue> values = new LinkedHashMap<>();
  private final Map<String, RegistryKey> subkeys = new TreeMap<>();

  /** An empty key at {@code path}. */
  public RegistryKey(RegistryPath path) {
    this.path = path;
  }

  public RegistryPath path() {
    return path;
  }

  /** The key's own name (last path segment), as written. */
  public String name() {
    return path.name();
  }

  /** The values, default value first, then in the order they were first set. */
  public List<RegistryValue> values() {
    List<RegistryValue> ordered = new ArrayList<>(values.size());
    findValue(ValueName.defaultValue()).ifPresent(ordered::add);
    for (RegistryValue value : values.values()) {
      if (!value.name().isDefault()) {
        ordered.add(value);
      }
    }
    return List.copyOf(ordered);
  }

  /** The subkeys, sorted case-insensitively by name. */
  public List<RegistryKey> subkeys() {
    return List.copyOf(subkeys.values());
  }

  public boolean isEmpty() {
    return values.isEmpty() && subkeys.isEmpty();
  }

  public Optional<RegistryValue> findValue(ValueName name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The value named {@code name}; throws {@code SETTINGS_VALUE_NOT_FOUND} when absent. */
  public RegistryValue getValue(ValueName name) {
    return findValue(name).orElseThrow(() -> SettingsException.valueNotFound(path, name));
  }

  public Optional<RegistryKey> findSubkey(String name) {
    return Optional.ofNullable(subkeys.get(RegistryNames.fold(name)));
  }

  /** Returns the subkey {@code name}, creating it when absent (keeping an existing one's case). */
  public RegistryKey createSubkey(String name) {
    RegistryPath childPath = path.child(name);
    return subkeys.computeIfAbsent(RegistryNames.fold(name), n -> new RegistryKey(childPath));
  }

  /**
   * Sets a value, replacing any value of the same name (case-insensitive) in place, so the order of
   * values is kept. The new value's spelling of the name wins.
   */
  public void setValue(RegistryValue value) {
    if (values.containsKey(value.name())) {
      replaceInPlace(value.name(), value);
    } else {
      values.put(value.name(), value);
    }
  }

  /** Replaces the entry named {@code oldName} by {@code value}, keeping its position. */
  private void replaceInPlace(ValueName oldName, RegistryValue value) {
    Map<ValueName, RegistryValue> copy = new LinkedHashMap<>(values);
    values.clear();
    copy.forEach(
        (k, v) -> values.put(k.equals(oldName) ? value.name() : k, k.equals(oldName) ? value : v));
  }

  /** Removes a value; throws {@code SETTINGS_VALUE_NOT_FOUND} when absent. */
  public void deleteValue(ValueName name) {
    if (values.remove(name) == null) {
      throw SettingsException.valueNotFound(path, name);
    }
  }

  /** Removes a value when present; returns whether it was. */
  public boolean deleteValueIfPresent(ValueName name) {
    return values.remove(name) != null;
  }

  /**
   * Renames a value keeping its position; throws {@code SETTINGS_VALUE_NOT_FOUND} or {@code
   * SETTINGS_VALUE_ALREADY_EXISTS}.
   */
  public void renameValue(ValueName from, ValueName to) {
    RegistryValue value = getValue(from);
    if (!from.equals(to) && values.containsKey(to)) {
      throw new SettingsException(
          SettingsErrorCode.SETTINGS_VALUE_ALREADY_EXISTS,
          "Value " + to.display() + " already exists in key " + path);
    }
    replaceInPlace(from, value.renamedTo(to));
  }

  /**
   * Removes the subkey {@code name}. Without {@code recursive}, refuses with {@code
   * SETTINGS_KEY_NOT_EMPTY} when it has values or subkeys. Returns whether it existed.
   */
  public boolean deleteSubkey(String name, boolean recursive) {
    RegistryKey child = subkeys.get(RegistryNames.fold(name));
    if (child == null) {
      return false;
    }
    if (!recursive && !child.isEmpty()) {
      throw new SettingsException(
          SettingsErrorCode.SETTINGS_KEY_NOT_EMPTY,
          "Key " + child.path + " has subkeys or values; delete it recursively");
    }
    subkeys.remove(RegistryNames.fold(name));
    return true;
  }

  /**
   * Puts a copy of {@code subtree}, which must be a direct child of this key, in place of any
   * subkey of the same name. Used to present two stores' trees as one.
   */
  public void attachSubkey(RegistryKey subtree) {
    if (!subtree.path.parent().map(path::equals).orElse(false)) {
      throw new IllegalArgumentException(subtree.path + " is not a child of " + path);
    }
    subkeys.put(RegistryNames.fold(subtree.name()), subtree.copy());
  }

  /** A deep, detached copy of this key and everything below it. */
  public RegistryKey copy() {
    RegistryKey copy = new RegistryKey(path);
    copy.values.putAll(values);
    subkeys.forEach((name, child) -> copy.subkeys.put(name, child.copy()));
    return copy;
  }

  /** This key and all keys below it, depth-first, parents before children. */
  public List<RegistryKey> descendantsAndSelf() {
    List<RegistryKey> all = new ArrayList<>();
    collect(all);
    return List.copyOf(all);
  }

  private void collect(Collection<RegistryKey> into) {
    into.add(this);
    subkeys.values().forEach(child -> child.collect(into));
  }

  /** Structural equality of two trees: same paths (as written), values and order. */
  public boolean sameContentAs(RegistryKey other) {
    if (!path.toString().equals(other.path.toString()) || !values().equals(other.values())) {
      return false;
    }
    List<RegistryKey> mine = subkeys();
    List<RegistryKey> theirs = other.subkeys();
    if (mine.size() != theirs.size()) {
      return false;
    }
    for (int i = 0; i < mine.size(); i++) {
      if (!mine.get(i).sameContentAs(theirs.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "RegistryKey["
        + path
        + ", "
        + values.size()
        + " values, "
        + subkeys.size()
        + " subkeys]";
  }
}
