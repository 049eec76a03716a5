package dev.vireo.server.settings.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of a registry value, with the Windows type number ({@code REG_*}) used in {@code
 * hex(N):} encodings and in the database {@code kind} column.
 */
public enum RegistryValueKind {
  /** REG_SZ: one string. */
  STRING("String", "REG_SZ", 1),
  /** REG_EXPAND_SZ: a string with {@code %VARIABLE%} references, expanded by the reader. */
  EXPAND_STRING("ExpandString", "REG_EXPAND_SZ", 2),
  /** REG_BINARY: bytes. */
  BINARY("Binary", "REG_BINARY", 3),
  /** REG_DWORD: an unsigned 32-bit number. */
  DWORD("DWord", "REG_DWORD", 4),
  /** REG_MULTI_SZ: an ordered list of non-empty strings. */
  MULTI_STRING("MultiString", "REG_MULTI_SZ", 7),
  /** REG_QWORD: an unsigned 64-bit number. */
  QWORD("QWord", "REG_QWORD", 11);

  private final String displayName;
  private final String nativeName;
  private final int nativeType;

  RegistryValueKind(String displayName, String nativeName, int nativeType) {
    this.displayName = displayName;
    this.nativeName = nativeName;
    this.nativeType = nativeType;
  }

  /** The name used by the API and by .NET's {@code RegistryValueKind}, e.g. {@code DWord}. */
  public String displayName() {
    return displayName;
  }

  /** The Windows name, e.g. {@code REG_DWORD}. */
  public String nativeName() {
    return nativeName;
  }

  /** The Windows type number, e.g. 4 for REG_DWORD. */
  public int nativeType() {
    return nativeType;
  }

  /** The kind with this Windows type number; empty for types Vireo does not support. */
  public static Optional<RegistryValueKind> fromNativeType(int type) {
    for (RegistryValueKind kind : values()) {
      if (kind.nativeType == type) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * The kind named {@code name}: a display name ({@code DWord}), a Windows name ({@code REG_DWORD})
   * or an enum constant name, case-insensitive.
   *
   * @throws SettingsException {@code SETTINGS_INVALID_VALUE_DATA} for an unknown name
   */
  public static RegistryValueKind parse(String name) {
    String folded = name.toUpperCase(Locale.ROOT);
    for (RegistryValueKind kind : values()) {
      if (folded.equals(kind.name())
          || folded.equals(kind.nativeName)
          || folded.equals(kind.displayName.toUpperCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new SettingsException(
        SettingsErrorCode.SETTINGS_INVALID_VALUE_DATA, "Unknown value kind: " + name);
  }

  @Override
  public String toString() {
    return displayName;
  }
}
