package dev.vireo.backup.crypto;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;

/** Argon2id parameters stored in the repository config. */
public record KdfParams(int memoryKiB, int iterations, int parallelism, byte[] salt) {
  public KdfParams {
    if (memoryKiB < 8 || iterations < 1 || parallelism < 1 || parallelism > 16) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad Argon2id parameters");
    }
    if (salt.length != FormatConstants.SALT_SIZE) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "salt must be 16 bytes");
    }
    salt = salt.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }
}
