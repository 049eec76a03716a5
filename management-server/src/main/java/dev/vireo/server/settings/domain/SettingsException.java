package dev.vireo.server.settings.domain;

import java.util.Objects;

/** Unchecked failure of a settings operation, carrying a stable {@link SettingsErrorCode}. */
public class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final SettingsErrorCode code;

  public SettingsException(SettingsErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  public SettingsException(SettingsErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public SettingsErrorCode code() {
    return code;
  }

  /** {@code SETTINGS_KEY_NOT_FOUND} for {@code path}. */
  public static SettingsException keyNotFound(RegistryPath path) {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_KEY_NOT_FOUND, "Registry key not found: " + path);
  }

  /** {@code SETTINGS_VALUE_NOT_FOUND} for {@code name} in {@code path}. */
  public static SettingsException valueNotFound(RegistryPath path, ValueName name) {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_VALUE_NOT_FOUND,
        "Registry value " + name.display() + " not found in key " + path);
  }
}
