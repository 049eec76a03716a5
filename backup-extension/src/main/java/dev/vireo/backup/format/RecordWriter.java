package dev.vireo.backup.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Appends big-endian fields to a growing byte array. */
public final class RecordWriter {
  private final ByteArrayOutputStream out;

  public RecordWriter() {
    this(256);
  }

  public RecordWriter(int capacity) {
    this.out = new ByteArrayOutputStream(capacity);
  }

  public RecordWriter u8(int v) {
    out.write(v);
    return this;
  }

  public RecordWriter u16(int v) {
    out.write(v >>> 8);
    out.write(v);
    return this;
  }

  public RecordWriter u32(long v) {
    for (int s = 24; s >= 0; s -= 8) {
      out.write((int) (v >>> s));
    }
    return this;
  }

  public RecordWriter u64(long v) {
    for (int s = 56; s >= 0; s -= 8) {
      out.write((int) (v >>> s));
    }
    return this;
  }

  public RecordWriter bytes(byte[] b) {
    out.write(b, 0, b.length);
    return this;
  }

  public RecordWriter str(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > FormatConstants.MAX_STRING_BYTES) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "string too long: " + s);
    }
    u16(b.length);
    return bytes(b);
  }

  public int size() {
    return out.size();
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }
}
