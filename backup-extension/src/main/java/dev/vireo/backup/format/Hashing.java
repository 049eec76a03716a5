package dev.vireo.backup.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers. */
public final class Hashing {
  private Hashing() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  public static byte[] sha256(byte[] data, int off, int len) {
    MessageDigest md = sha256();
    md.update(data, off, len);
    return md.digest();
  }

  public static byte[] sha256(byte[] data) {
    return sha256(data, 0, data.length);
  }

  public static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }
}
