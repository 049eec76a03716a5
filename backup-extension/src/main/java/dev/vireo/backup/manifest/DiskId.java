package dev.vireo.backup.manifest;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.util.regex.Pattern;

/** Identifies a disk of a VM; safe as a file name. */
public record DiskId(String value) implements Comparable<DiskId> {
  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  public DiskId {
    if (!NAME.matcher(value).matches() || value.endsWith(".tmp")) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad disk id '" + value + "'");
    }
  }

  @Override
  public int compareTo(DiskId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
