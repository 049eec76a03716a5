package dev.vireo.backup.format;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads big-endian fields from a byte array; any overrun or bad value becomes a {@link
 * BackupException} with the error code given at construction, never another exception.
 */
public final class RecordReader {
  private final ByteBuffer buf;
  private final ErrorCode code;
  private final String what;

  public RecordReader(byte[] data, ErrorCode code, String what) {
    this.buf = ByteBuffer.wrap(data);
    this.code = code;
    this.what = what;
  }

  public int u8() {
    return guard(() -> buf.get() & 0xff);
  }

  public int u16() {
    return guard(() -> buf.getShort() & 0xffff);
  }

  public long u32() {
    return guard(() -> buf.getInt() & 0xffffffffL);
  }

  public long u64() {
    long v = guard(buf::getLong);
    if (v < 0) {
      throw fail("value out of range");
    }
    return v;
  }

  public int u32AsInt(long max) {
    long v = u32();
    if (v > max) {
      throw fail("value " + v + " exceeds " + max);
    }
    return (int) v;
  }

  public byte[] bytes(int n) {
    if (n < 0 || n > buf.remaining()) {
      throw fail("truncated (need " + n + " bytes, have " + buf.remaining() + ")");
    }
    byte[] out = new byte[n];
    buf.get(out);
    return out;
  }

  public String str() {
    int n = u16();
    if (n > FormatConstants.MAX_STRING_BYTES) {
      throw fail("string too long");
    }
    return new String(bytes(n), StandardCharsets.UTF_8);
  }

  public void expectMagic(byte[] magic) {
    byte[] got = bytes(magic.length);
    if (!Arrays.equals(got, magic)) {
      throw new BackupException(
          ErrorCode.UNSUPPORTED_FORMAT, what + ": bad magic " + printable(got));
    }
  }

  public void expectVersion(int version) {
    int got = u16();
    if (got != version) {
      throw new BackupException(
          ErrorCode.UNSUPPORTED_FORMAT, what + ": unsupported version " + got);
    }
  }

  public int position() {
    return buf.position();
  }

  public int remaining() {
    return buf.remaining();
  }

  public void expectEnd() {
    if (buf.hasRemaining()) {
      throw fail(buf.remaining() + " trailing bytes");
    }
  }

  public BackupException fail(String detail) {
    return new BackupException(code, what + ": " + detail);
  }

  private <T> T guard(java.util.function.Supplier<T> s) {
    try {
      return s.get();
    } catch (BufferUnderflowException e) {
      throw fail("truncated");
    }
  }

  private static String printable(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(x >= 32 && x < 127 ? (char) x : '?');
    }
    return sb.toString();
  }
}
