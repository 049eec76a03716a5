package dev.vireo.backup.format;

/** Stable error codes of the backup engine; the CLI prints them and maps them to exit codes. */
public enum ErrorCode {
  REPOSITORY_NOT_FOUND,
  REPOSITORY_EXISTS,
  REPOSITORY_LOCKED,
  PASSPHRASE_REQUIRED,
  WRONG_PASSPHRASE,
  CORRUPT_CONFIG,
  UNSUPPORTED_FORMAT,
  CORRUPT_PACK,
  CORRUPT_INDEX,
  CORRUPT_PACK_INDEX,
  CORRUPT_MANIFEST,
  CORRUPT_CHUNK,
  MISSING_CHUNK,
  POINT_NOT_FOUND,
  DISK_NOT_FOUND,
  NO_PREVIOUS_POINT,
  INVALID_ARGUMENT,
  SOURCE_ERROR,
  DISK_FULL,
  IO_ERROR,
  NATIVE_IO_ERROR,
  INTERRUPTED,
  /** A bundled native library (zstd) cannot be loaded, typically an unusable java.io.tmpdir. */
  NATIVE_LIBRARY_UNAVAILABLE,
  /**
   * The CLI agent cannot be started, reached or trusted (its directory is not private to the user,
   * another agent already runs, it did not come up).
   */
  AGENT_ERROR
}
