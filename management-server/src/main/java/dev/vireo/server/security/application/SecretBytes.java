package dev.vireo.server.security.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Byte forms of secrets held as {@code char[]}. */
final class SecretBytes {
  private SecretBytes() {}

  /**
   * The UTF-8 bytes of {@code secret}; the encoder's own buffer is wiped, the caller wipes the
   * result when done.
   */
  static byte[] utf8(char[] secret) {
    ByteBuffer bb = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    byte[] out = Arrays.copyOfRange(bb.array(), bb.position(), bb.limit());
    Arrays.fill(bb.array(), (byte) 0);
    return out;
  }
}
