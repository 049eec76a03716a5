package dev.vireo.server.settings.domain.regfile;

/** Constants of the {@code .reg} format, in one place; tests pin them. */
public final class RegFormat {
  /** First line of every version 5.00 file. */
  public static final String HEADER = "Windows Registry Editor Version 5.00";

  /** First line of the old ANSI format, which Vireo refuses with a clear message. */
  public static final String OLD_HEADER = "REGEDIT4";

  /** Line ending regedit writes. */
  public static final String CRLF = "\r\n";

  /** Continuation: a hex line that ends with this continues on the next line. */
  public static final char CONTINUATION = '\\';

  /** Indentation regedit puts before each continued hex line. */
  public static final String CONTINUATION_INDENT = "  ";

  /**
   * A hex line is broken once it reaches this many characters (not counting the trailing {@code
   * \}), which makes regedit's lines at most 80 characters long.
   */
  public static final int HEX_WRAP_COLUMN = 77;

  /** UTF-16LE byte order mark, as regedit writes it. */
  public static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

  /** UTF-8 byte order mark, skipped when present. */
  public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private RegFormat() {}
}
