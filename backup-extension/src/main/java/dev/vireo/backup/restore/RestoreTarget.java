package dev.vireo.backup.restore;

import java.nio.ByteBuffer;

/** Where restored bytes go: writes of chunk runs plus a way to represent zero ranges. */
interface RestoreTarget extends AutoCloseable {
  /** True if {@link #write} may be called from several threads in any order. */
  boolean positional();

  /** Writes {@code data}'s remaining bytes at {@code offset}; the buffer is direct and aligned. */
  void write(long offset, ByteBuffer data);

  void zeros(long offset, long length);

  void finish();

  @Override
  void close();
}
