package dev.vireo.backup.restore;

/** Where restored bytes go: positional writes plus a way to represent zero ranges. */
interface RestoreTarget extends AutoCloseable {
  /** True if {@link #write} may be called from several threads in any order. */
  boolean positional();

  void write(long offset, byte[] data);

  void zeros(long offset, long length);

  void finish();

  @Override
  void close();
}
