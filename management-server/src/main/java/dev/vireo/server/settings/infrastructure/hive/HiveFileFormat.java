package dev.vireo.server.settings.infrastructure.hive;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.regfile.RegFileReader;
import dev.vireo.server.settings.domain.regfile.RegFileWriter;
import dev.vireo.server.settings.domain.regfile.RegFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The hive file layout, version 1 (UTF-8, CRLF):
 *
 * <pre>
 * Windows Registry Editor Version 5.00
 * ; Vireo-Hive-Format: 1
 * ; Vireo-Hive-SHA256: &lt;64 lower-case hex digits&gt;
 * &lt;body&gt;
 * </pre>
 *
 * The body is the rest of a {@code .reg} export of the whole tree (from the blank line after the
 * header). The checksum covers the body's bytes exactly. Both extra lines are {@code .reg}
 * comments, so the file stays a valid {@code .reg} document.
 */
public final class HiveFileFormat {
  /** Current format version. */
  public static final int VERSION = 1;

  static final String VERSION_PREFIX = "; Vireo-Hive-Format: ";
  static final String CHECKSUM_PREFIX = "; Vireo-Hive-SHA256: ";

  private HiveFileFormat() {}

  /** The file content for {@code root}. */
  public static byte[] encode(RegistryKey root) {
    String export = RegFileWriter.write(root);
    String body = export.substring(RegFormat.HEADER.length() + RegFormat.CRLF.length());
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        RegFormat.HEADER
            + RegFormat.CRLF
            + VERSION_PREFIX
            + VERSION
            + RegFormat.CRLF
            + CHECKSUM_PREFIX
            + sha256(bodyBytes)
            + RegFormat.CRLF;
    byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
    byte[] file = Arrays.copyOf(headBytes, headBytes.length + bodyBytes.length);
    System.arraycopy(bodyBytes, 0, file, headBytes.length, bodyBytes.length);
    return file;
  }

  /**
   * The tree stored in {@code file}.
   *
   * @throws SettingsException {@code SETTINGS_HIVE_CORRUPT} naming {@code source} when the header,
   *     version, checksum or content is wrong
   */
  public static RegistryTree decode(byte[] file, String source) {
    int first = lineEnd(file, 0, source);
    int second = lineEnd(file, first, source);
    int third = lineEnd(file, second, source);
    String header = ascii(file, 0, first);
    String version = ascii(file, first, second);
    String checksum = ascii(file, second, third);
    if (!header.equals(RegFormat.HEADER + RegFormat.CRLF)) {
      throw corrupt(source, "the first line is not '" + RegFormat.HEADER + "'");
    }
    if (!version.equals(VERSION_PREFIX + VERSION + RegFormat.CRLF)) {
      throw corrupt(source, "unsupported or missing format line: " + version.strip());
    }
    byte[] body = Arrays.copyOfRange(file, third, file.length);
    if (!checksum.equals(CHECKSUM_PREFIX + sha256(body) + RegFormat.CRLF)) {
      throw corrupt(source, "the SHA-256 checksum does not match the content");
    }
    return parse(file, source);
  }

  private static RegistryTree parse(byte[] file, String source) {
    try {
      RegistryTree tree = new RegistryTree();
      tree.apply(RegFileReader.read(file).toChanges());
      return tree;
    } catch (SettingsException e) {
      throw corrupt(source, e.getMessage());
    }
  }

  private static int lineEnd(byte[] file, int from, String source) {
    for (int i = from; i < file.length - 1; i++) {
      if (file[i] == '\r' && file[i + 1] == '\n') {
        return i + 2;
      }
    }
    throw corrupt(source, "the file is truncated (header incomplete)");
  }

  private static String ascii(byte[] file, int from, int to) {
    return new String(file, from, to - from, StandardCharsets.ISO_8859_1);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  static SettingsException corrupt(String source, String reason) {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_HIVE_CORRUPT,
        "The settings hive "
            + source
            + " is damaged ("
            + reason
            + "). It was left untouched. Restore the last good copy from "
            + source
            + ".bak, or repair the file and restart.");
  }
}
