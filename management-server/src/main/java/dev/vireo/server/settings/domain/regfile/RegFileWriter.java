package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a key and its whole subtree as a {@code .reg} document in regedit's style: header, blank
 * line, then per key (parents before children, subkeys sorted) a {@code [key]} line, its values and
 * a blank line; CRLF line ends; hex data wrapped with {@code \} at regedit's column.
 *
 * <p>Encodings: String as {@code "text"} with {@code \\} and {@code \"} escaped (or {@code hex(1):}
 * when it holds control characters such as line breaks, which a quoted string cannot carry); DWord
 * as {@code dword:0000002a}; ExpandString {@code hex(2):}, MultiString {@code hex(7):}, QWord
 * {@code hex(b):} and Binary {@code hex:} as the Windows data bytes. Stateless and thread-safe.
 */
public final class RegFileWriter {
  private RegFileWriter() {}

  /** The document as text (CRLF line ends). */
  public static String write(RegistryKey subtree) {
    StringBuilder out = new StringBuilder();
    out.append(RegFormat.HEADER).append(RegFormat.CRLF).append(RegFormat.CRLF);
    for (RegistryKey key : subtree.descendantsAndSelf()) {
      out.append('[').append(RegRootMapping.toRegKeyName(key.path())).append(']');
      out.append(RegFormat.CRLF);
      for (RegistryValue value : key.values()) {
        out.append(valueLine(value)).append(RegFormat.CRLF);
      }
      out.append(RegFormat.CRLF);
    }
    return out.toString();
  }

  /** The document encoded as {@code encoding}. */
  public static byte[] write(RegistryKey subtree, RegEncoding encoding) {
    return encode(write(subtree), encoding);
  }

  /** Encodes document text; UTF-16LE gets a BOM as regedit writes it. */
  public static byte[] encode(String text, RegEncoding encoding) {
    if (encoding == RegEncoding.UTF_8) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(RegFormat.UTF16LE_BOM);
    out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
    return out.toByteArray();
  }

  /** One value as written in a file, possibly over several lines (joined by CRLF). */
  static String valueLine(RegistryValue value) {
    String prefix = nameToken(value.name()) + "=";
    RegistryValueKind kind = value.kind();
    if (kind == RegistryValueKind.STRING && !hasControlChars(value.asString())) {
      return prefix + quote(value.asString());
    }
    if (kind == RegistryValueKind.DWORD) {
      return prefix + String.format("dword:%08x", value.asDWord());
    }
    return hexLines(prefix + hexTypeToken(kind), value.toBytes());
  }

  private static String nameToken(ValueName name) {
    return name.isDefault() ? "@" : quote(name.value());
  }

  /** {@code "text"} with backslashes and double quotes escaped. */
  static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static boolean hasControlChars(String text) {
    return text.chars().anyMatch(Character::isISOControl);
  }

  private static String hexTypeToken(RegistryValueKind kind) {
    return kind == RegistryValueKind.BINARY
        ? "hex:"
        : "hex(" + Integer.toHexString(kind.nativeType()) + "):";
  }

  /**
   * {@code head} followed by comma-separated hex bytes. After each comma the line length grows by
   * three; once it reaches {@link RegFormat#HEX_WRAP_COLUMN} the line ends with {@code \} and the
   * next starts with two spaces, exactly as regedit does.
   */
  static String hexLines(String head, byte[] bytes) {
    StringBuilder out = new StringBuilder(head);
    int lineLength = head.length();
    for (int i = 0; i < bytes.length; i++) {
      out.append(Character.forDigit((bytes[i] >> 4) & 0xF, 16));
      out.append(Character.forDigit(bytes[i] & 0xF, 16));
      if (i == bytes.length - 1) {
        break;
      }
      out.append(',');
      lineLength += 3;
      if (lineLength >= RegFormat.HEX_WRAP_COLUMN) {
        out.append(RegFormat.CONTINUATION).append(RegFormat.CRLF);
        out.append(RegFormat.CONTINUATION_INDENT);
        lineLength = RegFormat.CONTINUATION_INDENT.length();
      }
    }
    return out.toString();
  }
}
