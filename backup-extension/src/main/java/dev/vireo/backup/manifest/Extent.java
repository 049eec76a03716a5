package dev.vireo.backup.manifest;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;

/** A byte range {@code [offset, offset + length)} of a disk. */
public record Extent(long offset, long length) {
  public Extent {
    if (offset < 0 || length <= 0 || offset + length < 0) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad extent " + offset + "+" + length);
    }
  }

  public long end() {
    return offset + length;
  }
}
