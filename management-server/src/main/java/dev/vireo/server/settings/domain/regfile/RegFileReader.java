package dev.vireo.server.settings.domain.regfile;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.RegistryPath;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses a {@code .reg} document (version 5.00) into a {@link RegScript}. Reads UTF-16LE with BOM
 * (regedit's output) and UTF-8 with or without BOM; CRLF, LF or CR line ends; blank lines and
 * {@code ;} comment lines; hex data continued over lines with {@code \}. The whole document is
 * parsed and validated before anything is returned, so a caller applies all of it or nothing.
 * Stateless and thread-safe.
 */
public final class RegFileReader {
  private RegFileReader() {}

  /** Parses an encoded document; the encoding is detected from its BOM (default UTF-8). */
  public static RegScript read(byte[] document) {
    return read(decode(document));
  }

  /** Parses document text. */
  public static RegScript read(String text) {
    List<String> lines = Arrays.asList(text.split("\r\n|\n|\r", -1));
    checkHeader(lines);
    LineCursor cursor = new LineCursor(lines, 1);
    List<RegKeySection> sections = new ArrayList<>();
    while (cursor.hasNext()) {
      String line = cursor.next().strip();
      int lineNumber = cursor.lineNumber();
      if (line.isEmpty() || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        sections.add(readSection(line, lineNumber, cursor));
      } else if (line.startsWith("\"") || line.startsWith("@")) {
        throw new RegParseException(lineNumber, "value line before any [key] line");
      } else {
        throw new RegParseException(lineNumber, "unexpected text; expected [key] or a value");
      }
    }
    return new RegScript(sections);
  }

  static String decode(byte[] document) {
    if (startsWith(document, RegFormat.UTF16LE_BOM)) {
      return new String(document, 2, document.length - 2, StandardCharsets.UTF_16LE);
    }
    int offset = startsWith(document, RegFormat.UTF8_BOM) ? RegFormat.UTF8_BOM.length : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(document, offset, document.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RegParseException(
          1, "the document is neither UTF-8 nor UTF-16LE with a byte order mark");
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length
        && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static void checkHeader(List<String> lines) {
    String first = lines.get(0).strip();
    if (first.equals(RegFormat.HEADER)) {
      return;
    }
    if (first.equalsIgnoreCase(RegFormat.OLD_HEADER)) {
      throw new RegParseException(
          1, "REGEDIT4 (ANSI) files are not supported; export as '" + RegFormat.HEADER + "'");
    }
    throw new RegParseException(1, "the first line must be '" + RegFormat.HEADER + "'");
  }

  private static RegKeySection readSection(String line, int lineNumber, LineCursor cursor) {
    if (!line.endsWith("]")) {
      throw new RegParseException(lineNumber, "a key line must end with ']'");
    }
    String inner = line.substring(1, line.length() - 1);
    boolean deletion = inner.startsWith("-");
    RegistryPath path =
        RegRootMapping.fromRegKeyName(deletion ? inner.substring(1) : inner, lineNumber);
    if (deletion && path.isRoot()) {
      throw new RegParseException(lineNumber, "the root key cannot be deleted");
    }
    List<RegValueEntry> entries = readEntries(cursor, deletion);
    return new RegKeySection(lineNumber, path, deletion, entries);
  }

  private static List<RegValueEntry> readEntries(LineCursor cursor, boolean deletion) {
    List<RegValueEntry> entries = new ArrayList<>();
    while (cursor.hasNext()) {
      String line = cursor.peek().strip();
      if (line.startsWith("[")) {
        break;
      }
      cursor.next();
      if (line.isEmpty() || line.startsWith(";")) {
        continue;
      }
      if (deletion) {
        throw new RegParseException(cursor.lineNumber(), "value lines under a [-key] deletion");
      }
      if (!line.startsWith("\"") && !line.startsWith("@")) {
        throw new RegParseException(cursor.lineNumber(), "unexpected text; expected a value");
      }
      entries.add(RegValueParser.parse(line, cursor));
    }
    return entries;
  }
}
