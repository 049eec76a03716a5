package dev.vireo.server.settings.domain;

/**
 * Stable error codes of the settings context. The string form is what REST (problem+json {@code
 * code}) and SOAP faults carry; never rename a released code.
 */
public enum SettingsErrorCode {
  /** A key path or key name breaks the naming rules. HTTP 400. */
  SETTINGS_INVALID_PATH(400),
  /** A value name breaks the naming rules. HTTP 400. */
  SETTINGS_INVALID_VALUE_NAME(400),
  /** Value data does not fit its kind (a DWord above 2^32-1, a NUL in a string). HTTP 422. */
  SETTINGS_INVALID_VALUE_DATA(422),
  /** The key does not exist. HTTP 404. */
  SETTINGS_KEY_NOT_FOUND(404),
  /** The value does not exist in an existing key. HTTP 404. */
  SETTINGS_VALUE_NOT_FOUND(404),
  /** A value was read or written as a kind it is not (or not declared as). HTTP 409. */
  SETTINGS_VALUE_TYPE_MISMATCH(409),
  /** A key with subkeys or values was deleted without the recursive flag. HTTP 409. */
  SETTINGS_KEY_NOT_EMPTY(409),
  /** The root key {@code Settings} cannot be deleted or renamed. HTTP 409. */
  SETTINGS_ROOT_KEY_PROTECTED(409),
  /** A value with the target name already exists (rename). HTTP 409. */
  SETTINGS_VALUE_ALREADY_EXISTS(409),
  /** A secret (password) was about to be stored in plain text. HTTP 422. */
  SETTINGS_SECRET_NOT_ALLOWED(422),
  /** A {@code .reg} document could not be parsed; the message names the line. HTTP 400. */
  SETTINGS_REG_PARSE_ERROR(400),
  /** The machine-local hive file is damaged or unreadable. HTTP 500 (operator action). */
  SETTINGS_HIVE_CORRUPT(500),
  /** The machine-local hive file could not be written. HTTP 503 (transient). */
  SETTINGS_HIVE_IO_ERROR(503);

  private final int httpStatus;

  SettingsErrorCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status an adapter should answer with for this code. */
  public int httpStatus() {
    return httpStatus;
  }
}
