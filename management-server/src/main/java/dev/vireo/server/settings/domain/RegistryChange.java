package dev.vireo.server.settings.domain;

import java.util.Objects;

/**
 * One change to a registry tree. A list of changes is applied all-or-nothing by {@link
 * RegistryTree#apply} and by every {@code RegistryStore}.
 */
public sealed interface RegistryChange {
  /** The key the change is about. */
  RegistryPath path();

  /** Creates the key and any missing parents; no-op when it exists. */
  record CreateKey(RegistryPath path) implements RegistryChange {
    public CreateKey {
      Objects.requireNonNull(path, "path");
    }
  }

  /** Sets a value in an existing key, replacing one of the same name. */
  record SetValue(RegistryPath path, RegistryValue value) implements RegistryChange {
    public SetValue {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Removes a value. With {@code mustExist}, a missing key or value fails with a not-found code;
   * without it (the {@code "name"=-} of a {@code .reg} file) a missing one is a no-op.
   */
  record DeleteValue(RegistryPath path, ValueName name, boolean mustExist)
      implements RegistryChange {
    public DeleteValue {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Removes a key. Without {@code recursive}, a key with values or subkeys is refused. With {@code
   * mustExist}, a missing key fails with {@code SETTINGS_KEY_NOT_FOUND}; without it (the {@code
   * [-key]} of a {@code .reg} file) a missing key is a no-op. The root is never deleted.
   */
  record DeleteKey(RegistryPath path, boolean recursive, boolean mustExist)
      implements RegistryChange {
    public DeleteKey {
      Objects.requireNonNull(path, "path");
    }
  }

  /** Renames a value in place (keeping data and position); both must follow the naming rules. */
  record RenameValue(RegistryPath path, ValueName from, ValueName to) implements RegistryChange {
    public RenameValue {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
