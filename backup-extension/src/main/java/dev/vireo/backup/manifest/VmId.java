package dev.vireo.backup.manifest;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;

/** Identifies a VM; recovery points of one VM form its retention chain. */
public record VmId(String value) {
  public VmId {
    if (!DiskId.NAME.matcher(value).matches()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad VM id '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
