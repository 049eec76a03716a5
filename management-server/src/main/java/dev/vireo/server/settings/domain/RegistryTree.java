package dev.vireo.server.settings.domain;

import java.util.List;
import java.util.Optional;

/**
 * A whole registry tree under the root {@code Settings}: the aggregate that path-addressed
 * operations go through. The root always exists and cannot be deleted. Not thread-safe; stores
 * guard it.
 */
public final class RegistryTree {
  private RegistryKey root;

  /** An empty tree: only the root key. */
  public RegistryTree() {
    this(new RegistryKey(RegistryPath.root()));
  }

  private RegistryTree(RegistryKey root) {
    this.root = root;
  }

  /** A tree holding a detached copy of {@code root}, which must be the root key. */
  public static RegistryTree of(RegistryKey root) {
    if (!root.path().isRoot()) {
      throw new IllegalArgumentException("not the root key: " + root.path());
    }
    return new RegistryTree(root.copy());
  }

  /** A detached deep copy of the root key. */
  public RegistryKey snapshot() {
    return root.copy();
  }

  /** A detached deep copy of this tree. */
  public RegistryTree copy() {
    return new RegistryTree(root.copy());
  }

  /** The key at {@code path} (detached copy of its subtree), when it exists. */
  public Optional<RegistryKey> findKey(RegistryPath path) {
    return locate(path).map(RegistryKey::copy);
  }

  /** The value {@code name} of the key at {@code path}, when both exist. */
  public Optional<RegistryValue> findValue(RegistryPath path, ValueName name) {
    return locate(path).flatMap(key -> key.findValue(name));
  }

  private Optional<RegistryKey> locate(RegistryPath path) {
    Optional<RegistryKey> key = Optional.of(root);
    for (String segment : path.segments().subList(1, path.depth())) {
      key = key.flatMap(k -> k.findSubkey(segment));
    }
    return key;
  }

  private RegistryKey require(RegistryPath path) {
    return locate(path).orElseThrow(() -> SettingsException.keyNotFound(path));
  }

  /** Creates the key at {@code path} and any missing parents; no-op when it exists. */
  public void createKey(RegistryPath path) {
    RegistryKey key = root;
    for (String segment : path.segments().subList(1, path.depth())) {
      key = key.createSubkey(segment);
    }
  }

  /** Sets a value in the existing key at {@code path}. */
  public void setValue(RegistryPath path, RegistryValue value) {
    require(path).setValue(value);
  }

  /** Removes a value; throws not-found when the key or value is missing. */
  public void deleteValue(RegistryPath path, ValueName name) {
    require(path).deleteValue(name);
  }

  /** Renames a value in the key at {@code path}, keeping its position. */
  public void renameValue(RegistryPath path, ValueName from, ValueName to) {
    require(path).renameValue(from, to);
  }

  /**
   * Removes the key at {@code path}; without {@code recursive} only an empty key. Throws {@code
   * SETTINGS_KEY_NOT_FOUND} when it is missing and {@code SETTINGS_ROOT_KEY_PROTECTED} for the
   * root.
   */
  public void deleteKey(RegistryPath path, boolean recursive) {
    if (!deleteKeyIfPresent(path, recursive)) {
      throw SettingsException.keyNotFound(path);
    }
  }

  private boolean deleteKeyIfPresent(RegistryPath path, boolean recursive) {
    RegistryPath parent = path.parent().orElseThrow(() -> rootProtected());
    return locate(parent).map(p -> p.deleteSubkey(path.name(), recursive)).orElse(false);
  }

  private static SettingsException rootProtected() {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_ROOT_KEY_PROTECTED,
        "The root key " + RegistryNames.ROOT_NAME + " cannot be deleted");
  }

  /**
   * Applies {@code changes} in order, all-or-nothing: on the first failure the tree is left as it
   * was and the exception is rethrown.
   */
  public void apply(List<RegistryChange> changes) {
    RegistryTree work = copy();
    changes.forEach(work::applyOne);
    root = work.root;
  }

  private void applyOne(RegistryChange change) {
    if (change instanceof RegistryChange.CreateKey c) {
      createKey(c.path());
    } else if (change instanceof RegistryChange.SetValue s) {
      setValue(s.path(), s.value());
    } else if (change instanceof RegistryChange.DeleteValue d) {
      deleteValue(d);
    } else if (change instanceof RegistryChange.DeleteKey d) {
      deleteKey(d);
    } else if (change instanceof RegistryChange.RenameValue r) {
      renameValue(r.path(), r.from(), r.to());
    }
  }

  private void deleteValue(RegistryChange.DeleteValue change) {
    if (change.mustExist()) {
      deleteValue(change.path(), change.name());
    } else {
      locate(change.path()).ifPresent(key -> key.deleteValueIfPresent(change.name()));
    }
  }

  private void deleteKey(RegistryChange.DeleteKey change) {
    if (change.mustExist()) {
      deleteKey(change.path(), change.recursive());
    } else {
      deleteKeyIfPresent(change.path(), change.recursive());
    }
  }
}
