package dev.vireo.server.settings.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One named, typed value of a registry key. Immutable; create one with the factory for its kind.
 * Typed accessors throw {@code SETTINGS_VALUE_TYPE_MISMATCH} when the kind does not match.
 *
 * <p>DWord and QWord are unsigned: a DWord is held in a {@code long} in {@code [0, 2^32-1]}; a
 * QWord's 64 bits are held in a {@code long} and read with {@link Long#toUnsignedString(long)}.
 */
public final class RegistryValue {
  /** Largest DWord, 2^32-1. */
  public static final long MAX_DWORD = 0xFFFF_FFFFL;

  private final ValueName name;
  private final RegistryValueKind kind;
  private final Object data;

  private RegistryValue(ValueName name, RegistryValueKind kind, Object data) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    this.data = data;
  }

  /** A REG_SZ value. The text may not contain NUL. */
  public static RegistryValue string(ValueName name, String text) {
    return new RegistryValue(name, RegistryValueKind.STRING, checkedString(text));
  }

  /** A REG_EXPAND_SZ value. The text may not contain NUL. */
  public static RegistryValue expandString(ValueName name, String text) {
    return new RegistryValue(name, RegistryValueKind.EXPAND_STRING, checkedString(text));
  }

  /** A REG_MULTI_SZ value: a possibly empty list of non-empty strings without NUL. */
  public static RegistryValue multiString(ValueName name, List<String> items) {
    List<String> copy = List.copyOf(items);
    for (String item : copy) {
      if (checkedString(item).isEmpty()) {
        throw invalidData("a MultiString may not contain empty strings");
      }
    }
    return new RegistryValue(name, RegistryValueKind.MULTI_STRING, copy);
  }

  /** A REG_DWORD value; {@code number} must be in {@code [0, 2^32-1]}. */
  public static RegistryValue dword(ValueName name, long number) {
    if (number < 0 || number > MAX_DWORD) {
      throw invalidData("a DWord must be between 0 and 4294967295, was " + number);
    }
    return new RegistryValue(name, RegistryValueKind.DWORD, number);
  }

  /** A REG_QWORD value; the 64 bits of {@code bits} are read as unsigned. */
  public static RegistryValue qword(ValueName name, long bits) {
    return new RegistryValue(name, RegistryValueKind.QWORD, bits);
  }

  /** A REG_BINARY value; the array is copied. */
  public static RegistryValue binary(ValueName name, byte[] bytes) {
    return new RegistryValue(name, RegistryValueKind.BINARY, bytes.clone());
  }

  /** The same data under another name. */
  public RegistryValue renamedTo(ValueName newName) {
    return new RegistryValue(newName, kind, data);
  }

  private static String checkedString(String text) {
    Objects.requireNonNull(text, "text");
    if (text.indexOf('\0') >= 0) {
      throw invalidData("a string value may not contain NUL characters");
    }
    if (RegistryNames.firstUnpairedSurrogate(text) >= 0) {
      throw invalidData("a string value may not contain unpaired UTF-16 surrogates");
    }
    return text;
  }

  static SettingsException invalidData(String message) {
    return new SettingsException(SettingsErrorCode.SETTINGS_INVALID_VALUE_DATA, message);
  }

  public ValueName name() {
    return name;
  }

  public RegistryValueKind kind() {
    return kind;
  }

  /** The text of a String or ExpandString value (not expanded). */
  public String asString() {
    requireKind(RegistryValueKind.STRING, RegistryValueKind.EXPAND_STRING);
    return (String) data;
  }

  /** The items of a MultiString value (unmodifiable). */
  @SuppressWarnings("unchecked")
  public List<String> asMultiString() {
    requireKind(RegistryValueKind.MULTI_STRING);
    return (List<String>) data;
  }

  /** The number of a DWord value, in {@code [0, 2^32-1]}. */
  public long asDWord() {
    requireKind(RegistryValueKind.DWORD);
    return (Long) data;
  }

  /** The 64 bits of a QWord value (unsigned; see {@link Long#toUnsignedString(long)}). */
  public long asQWord() {
    requireKind(RegistryValueKind.QWORD);
    return (Long) data;
  }

  /** A copy of the bytes of a Binary value. */
  public byte[] asBinary() {
    requireKind(RegistryValueKind.BINARY);
    return ((byte[]) data).clone();
  }

  private void requireKind(RegistryValueKind... accepted) {
    for (RegistryValueKind k : accepted) {
      if (k == kind) {
        return;
      }
    }
    throw new SettingsException(
        SettingsErrorCode.SETTINGS_VALUE_TYPE_MISMATCH,
        "Value " + name.display() + " is a " + kind + ", not a " + accepted[0]);
  }

  /** The data as Windows stores it (see {@link RegistryValueBytes}); the database column form. */
  public byte[] toBytes() {
    return RegistryValueBytes.encode(this);
  }

  /** The value of {@code kind} whose Windows data bytes are {@code bytes}. */
  public static RegistryValue fromBytes(ValueName name, RegistryValueKind kind, byte[] bytes) {
    return RegistryValueBytes.decode(name, kind, bytes);
  }

  /** The data as an administrator reads it, e.g. {@code 8}, {@code a; b}, {@code 0a 1b}. */
  public String displayData() {
    return switch (kind) {
      case STRING, EXPAND_STRING -> (String) data;
      case MULTI_STRING -> String.join("; ", asMultiString());
      case DWORD -> Long.toString((Long) data);
      case QWORD -> Long.toUnsignedString((Long) data);
      case BINARY -> RegistryValueBytes.toHex((byte[]) data, " ");
    };
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegistryValue other)) {
      return false;
    }
    return name.equals(other.name)
        && name.value().equals(other.name.value())
        && kind == other.kind
        && dataEquals(other.data);
  }

  private boolean dataEquals(Object otherData) {
    if (data instanceof byte[] bytes) {
      return Arrays.equals(bytes, (byte[]) otherData);
    }
    return data.equals(otherData);
  }

  @Override
  public int hashCode() {
    int dataHash = data instanceof byte[] bytes ? Arrays.hashCode(bytes) : data.hashCode();
    return Objects.hash(name, kind, dataHash);
  }

  @Override
  public String toString() {
    return (name.isDefault() ? "@" : name.value()) + " (" + kind + ") = " + displayData();
  }
}
