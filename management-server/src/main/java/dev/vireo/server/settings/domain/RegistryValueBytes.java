package dev.vireo.server.settings.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Windows data layout of each kind: strings are UTF-16LE with a NUL terminator; a MultiString
 * is each item NUL-terminated followed by one more NUL (an empty list is a single NUL); DWord and
 * QWord are little-endian. This is the form of {@code hex(N):} in {@code .reg} files and of the
 * database {@code data} column.
 */
public final class RegistryValueBytes {
  private RegistryValueBytes() {}

  static byte[] encode(RegistryValue value) {
    return switch (value.kind()) {
      case STRING, EXPAND_STRING -> utf16Terminated(value.asString());
      case MULTI_STRING -> multiString(value.asMultiString());
      case DWORD -> littleEndian(value.asDWord(), Integer.BYTES);
      case QWORD -> littleEndian(value.asQWord(), Long.BYTES);
      case BINARY -> value.asBinary();
    };
  }

  static RegistryValue decode(ValueName name, RegistryValueKind kind, byte[] bytes) {
    return switch (kind) {
      case STRING -> RegistryValue.string(name, decodeString(bytes));
      case EXPAND_STRING -> RegistryValue.expandString(name, decodeString(bytes));
      case MULTI_STRING -> RegistryValue.multiString(name, decodeMultiString(bytes));
      case DWORD -> RegistryValue.dword(name, fromLittleEndian(bytes, Integer.BYTES));
      case QWORD -> RegistryValue.qword(name, fromLittleEndian(bytes, Long.BYTES));
      case BINARY -> RegistryValue.binary(name, bytes);
    };
  }

  private static byte[] utf16Terminated(String text) {
    return (text + '\0').getBytes(StandardCharsets.UTF_16LE);
  }

  private static byte[] multiString(List<String> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String item : items) {
      out.writeBytes(utf16Terminated(item));
    }
    out.writeBytes(new byte[2]);
    return out.toByteArray();
  }

  private static byte[] littleEndian(long number, int size) {
    ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.putLong(number);
    byte[] result = new byte[size];
    System.arraycopy(buffer.array(), 0, result, 0, size);
    return result;
  }

  private static long fromLittleEndian(byte[] bytes, int size) {
    if (bytes.length != size) {
      throw RegistryValue.invalidData("expected " + size + " bytes, got " + bytes.length);
    }
    long result = 0;
    for (int i = size - 1; i >= 0; i--) {
      result = (result << 8) | (bytes[i] & 0xFF);
    }
    return result;
  }

  /** Text of UTF-16LE bytes; one trailing NUL terminator is dropped, a missing one tolerated. */
  private static String decodeString(byte[] bytes) {
    String text = utf16(bytes);
    return text.endsWith("\0") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * Items of a REG_MULTI_SZ. Accepts the empty byte array and missing final terminators (both seen
   * in real exports); rejects empty items in the middle.
   */
  private static List<String> decodeMultiString(byte[] bytes) {
    String text = utf16(bytes);
    List<String> items = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\0', start);
      end = end < 0 ? text.length() : end;
      if (end == start) {
        break;
      }
      items.add(text.substring(start, end));
      start = end + 1;
    }
    if (start < text.length() && !text.substring(start).chars().allMatch(c -> c == 0)) {
      throw RegistryValue.invalidData("a MultiString may not contain empty strings");
    }
    return items;
  }

  private static String utf16(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      throw RegistryValue.invalidData("UTF-16 string data has an odd number of bytes");
    }
    return new String(bytes, StandardCharsets.UTF_16LE);
  }

  /** Lower-case hex pairs joined by {@code separator}. */
  public static String toHex(byte[] bytes, String separator) {
    return HexFormat.ofDelimiter(separator).formatHex(bytes);
  }
}
