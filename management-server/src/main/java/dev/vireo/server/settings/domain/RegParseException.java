package dev.vireo.server.settings.domain;

/**
 * A {@code .reg} document could not be parsed. Carries the 1-based physical line number where the
 * problem was found (the first line of a continued value).
 */
public final class RegParseException extends SettingsException {
  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final String reason;

  public RegParseException(int lineNumber, String reason) {
    super(SettingsErrorCode.SETTINGS_REG_PARSE_ERROR, "line " + lineNumber + ": " + reason);
    this.lineNumber = lineNumber;
    this.reason = reason;
  }

  /** 1-based line number in the document. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The problem without the line prefix. */
  public String reason() {
    return reason;
  }
}
