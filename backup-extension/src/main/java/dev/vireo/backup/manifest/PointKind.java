package dev.vireo.backup.manifest;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;

/** How a recovery point was taken; every kind has a complete index. */
public enum PointKind {
  FULL,
  INCREMENTAL,
  EXPRESS_FULL;

  public static PointKind fromCode(int code) {
    if (code < 0 || code >= values().length) {
      throw new BackupException(ErrorCode.CORRUPT_MANIFEST, "unknown point kind " + code);
    }
    return values()[code];
  }
}
