package dev.vireo.backup.nativeio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional writes to the end of a buffer, and closing that cannot fail a caller. */
public final class FileChannels {
  private FileChannels() {}

  /** Writes all of {@code b}'s remaining bytes at {@code offset}. */
  public static void writeFully(FileChannel ch, ByteBuffer b, long offset) throws IOException {
    long pos = offset;
    while (b.hasRemaining()) {
      pos += ch.write(b, pos);
    }
  }

  /** Closes {@code ch} if there is one; a failure to close is ignored (nothing left to write). */
  public static void closeQuietly(FileChannel ch) {
    if (ch == null) {
      return;
    }
    try {
      ch.close();
    } catch (IOException ignored) {
      // everything was written (and forced where it mattered) before
    }
  }
}
