package dev.vireo.server.settings.domain;

import java.util.Objects;

/**
 * The name of a value inside a key. The empty name is the key's default value, shown as {@code @}
 * in {@code .reg} files and as {@code (Default)} in Registry Editor. Case-preserving, compared
 * case-insensitively. Immutable.
 */
public final class ValueName {
  private static final ValueName DEFAULT = new ValueName("");

  private final String name;
  private final String folded;

  private ValueName(String name) {
    this.name = name;
    this.folded = RegistryNames.fold(name);
  }

  /** The unnamed default value of a key. */
  public static ValueName defaultValue() {
    return DEFAULT;
  }

  /**
   * A value name; the empty string means the default value.
   *
   * @throws SettingsException {@code SETTINGS_INVALID_VALUE_NAME} for control characters or names
   *     longer than {@link RegistryNames#MAX_VALUE_NAME_LENGTH}
   */
  public static ValueName of(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      return DEFAULT;
    }
    if (name.length() > RegistryNames.MAX_VALUE_NAME_LENGTH) {
      throw invalid("longer than " + RegistryNames.MAX_VALUE_NAME_LENGTH + " characters");
    }
    int control = RegistryNames.firstControlChar(name);
    if (control >= 0) {
      throw invalid("control character or unpaired surrogate at index " + control);
    }
    return new ValueName(name);
  }

  private static SettingsException invalid(String reason) {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_INVALID_VALUE_NAME, "Invalid value name: " + reason);
  }

  public boolean isDefault() {
    return name.isEmpty();
  }

  /** The name as written; empty for the default value. */
  public String value() {
    return name;
  }

  /** The case-folded name used as a lookup key. */
  public String folded() {
    return folded;
  }

  /** The name for messages: {@code (Default)} or the quoted name. */
  public String display() {
    return isDefault() ? "(Default)" : "'" + name + "'";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueName other && folded.equals(other.folded);
  }

  @Override
  public int hashCode() {
    return folded.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
