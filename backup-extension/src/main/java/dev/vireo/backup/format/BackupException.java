package dev.vireo.backup.format;

import java.io.IOException;

/** The one unchecked exception of the backup engine; {@link #code()} says what went wrong. */
public class BackupException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public BackupException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public BackupException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  /** Translates an I/O failure at the file-system boundary, recognising a full disk. */
  public static BackupException io(String what, IOException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("No space left") || msg.contains("Disk quota exceeded")) {
      return new BackupException(ErrorCode.DISK_FULL, what + ": no space left on device", e);
    }
    return new BackupException(ErrorCode.IO_ERROR, what + ": " + e, e);
  }

  @Override
  public String toString() {
    return code + ": " + getMessage();
  }
}
