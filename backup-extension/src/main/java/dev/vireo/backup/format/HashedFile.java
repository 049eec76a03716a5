package dev.vireo.backup.format;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Files that end in the SHA-256 of all preceding bytes (config, manifest): appends and checks that
 * trailer.
 */
public final class HashedFile {
  private HashedFile() {}

  public static byte[] withTrailer(byte[] content) {
    byte[] out = Arrays.copyOf(content, content.length + FormatConstants.FILE_HASH_SIZE);
    byte[] h = Hashing.sha256(content);
    System.arraycopy(h, 0, out, content.length, h.length);
    return out;
  }

  /** Returns the content without its trailer, or throws {@code code} if the trailer is wrong. */
  public static byte[] checkTrailer(byte[] file, ErrorCode code, String what) {
    if (file.length < FormatConstants.FILE_HASH_SIZE) {
      throw new BackupException(code, what + ": truncated (" + file.length + " bytes)");
    }
    int n = file.length - FormatConstants.FILE_HASH_SIZE;
    byte[] expected = Hashing.sha256(file, 0, n);
    byte[] got = Arrays.copyOfRange(file, n, file.length);
    if (!MessageDigest.isEqual(expected, got)) {
      throw new BackupException(code, what + ": checksum mismatch (corrupt or truncated)");
    }
    return Arrays.copyOf(file, n);
  }
}
