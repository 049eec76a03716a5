package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.ValueName;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** Parses one value line ({@code "name"=data} or {@code @=data}) and its continuation lines. */
final class RegValueParser {
  private final String line;
  private final int lineNumber;
  private int pos;

  private RegValueParser(String line, int lineNumber) {
    this.line = line;
    this.lineNumber = lineNumber;
  }

  /** Parses {@code line}, the current line of {@code cursor}, pulling continuation lines. */
  static RegValueEntry parse(String line, LineCursor cursor) {
    RegValueParser parser = new RegValueParser(line, cursor.lineNumber());
    try {
      return parser.parseEntry(cursor);
    } catch (RegParseException e) {
      throw e;
    } catch (SettingsException e) {
      throw new RegParseException(parser.lineNumber, e.getMessage());
    }
  }

  private RegValueEntry parseEntry(LineCursor cursor) {
    ValueName name = parseName();
    skipSpaces();
    expect('=');
    skipSpaces();
    String data = line.substring(pos);
    if (data.equals("-")) {
      return new RegValueEntry(lineNumber, name, Optional.empty());
    }
    return new RegValueEntry(lineNumber, name, Optional.of(parseData(name, data, cursor)));
  }

  private ValueName parseName() {
    if (line.charAt(0) == '@') {
      pos = 1;
      return ValueName.defaultValue();
    }
    return ValueName.of(parseQuoted());
  }

  /** A quoted string starting at {@code pos}, unescaping {@code \\} and {@code \"}. */
  private String parseQuoted() {
    expect('"');
    StringBuilder text = new StringBuilder();
    while (pos < line.length()) {
      char c = line.charAt(pos++);
      if (c == '"') {
        return text.toString();
      }
      if (c == '\\') {
        if (pos >= line.length() || (line.charAt(pos) != '\\' && line.charAt(pos) != '"')) {
          throw error("unsupported escape in a quoted string (only \\\\ and \\\" are allowed)");
        }
        c = line.charAt(pos++);
      }
      text.append(c);
    }
    throw error("missing closing double quote");
  }

  private RegistryValue parseData(ValueName name, String data, LineCursor cursor) {
    if (data.startsWith("\"")) {
      String text = parseQuoted();
      if (!line.substring(pos).isBlank()) {
        throw error("unexpected text after the closing double quote");
      }
      return RegistryValue.string(name, text);
    }
    if (data.regionMatches(true, 0, "dword:", 0, 6)) {
      return RegistryValue.dword(name, parseDword(data.substring(6).strip()));
    }
    if (data.regionMatches(true, 0, "hex", 0, 3)) {
      return parseHexValue(name, data, cursor);
    }
    throw error("unknown value data; expected \"text\", dword:, hex:, hex(N): or -");
  }

  private long parseDword(String digits) {
    if (!digits.matches("[0-9a-fA-F]{1,8}")) {
      throw error("dword: needs 1 to 8 hexadecimal digits");
    }
    return Long.parseLong(digits, 16);
  }

  private RegistryValue parseHexValue(ValueName name, String data, LineCursor cursor) {
    int colon = data.indexOf(':');
    if (colon < 0) {
      throw error("missing ':' after hex");
    }
    int type = parseHexType(data.substring(3, colon));
    RegistryValueKind kind =
        RegistryValueKind.fromNativeType(type)
            .orElseThrow(
                () -> error("unsupported value type hex(" + Integer.toHexString(type) + ")"));
    byte[] bytes = parseBytes(joinContinuations(data.substring(colon + 1), cursor));
    return RegistryValue.fromBytes(name, kind, bytes);
  }

  private int parseHexType(String token) {
    if (token.isEmpty()) {
      return RegistryValueKind.BINARY.nativeType();
    }
    if (!token.matches("\\([0-9a-fA-F]{1,8}\\)")) {
      throw error("malformed hex type '" + token + "'; expected hex: or hex(N):");
    }
    return (int) Long.parseLong(token.substring(1, token.length() - 1), 16);
  }

  private String joinContinuations(String first, LineCursor cursor) {
    StringBuilder all = new StringBuilder();
    String part = first.strip();
    while (part.endsWith(String.valueOf(RegFormat.CONTINUATION))) {
      all.append(part, 0, part.length() - 1);
      if (!cursor.hasNext()) {
        throw error("the file ends inside a continued hex value");
      }
      part = cursor.next().strip();
    }
    return all.append(part).toString();
  }

  private byte[] parseBytes(String list) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (list.isBlank()) {
      return out.toByteArray();
    }
    for (String token : list.split(",", -1)) {
      String hex = token.strip();
      if (!hex.matches("[0-9a-fA-F]{1,2}")) {
        throw error("malformed hex byte '" + hex + "'");
      }
      out.write(Integer.parseInt(hex, 16));
    }
    return out.toByteArray();
  }

  private void expect(char c) {
    if (pos >= line.length() || line.charAt(pos) != c) {
      throw error("expected '" + c + "' at column " + (pos + 1));
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private RegParseException error(String reason) {
    return new RegParseException(lineNumber, reason);
  }
}
