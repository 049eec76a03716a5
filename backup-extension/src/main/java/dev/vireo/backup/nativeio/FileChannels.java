package dev.vireo.backup.nativeio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Positional writes to the end of a buffer (also split between a direct and a buffered channel),
 * and closing that cannot fail a caller.
 */
public final class FileChannels {
  private FileChannels() {}

  /**
   * Writes {@code b}'s remaining bytes at {@code offset}: the whole {@link AlignedBuffers#ALIGN}
   * blocks through {@code direct} (an {@code O_DIRECT} channel, or null) where the offset and the
   * buffer are aligned, the rest through {@code buffered}.
   *
   * @return false if the file system refused the direct write ({@code EINVAL}, as some do only at
   *     write time): everything went through {@code buffered}, and the caller should drop {@code
   *     direct}
   */
  public static boolean writeAligned(
      FileChannel direct, FileChannel buffered, ByteBuffer b, long offset) throws IOException {
    boolean directAccepted = true;
    int aligned = b.remaining() / AlignedBuffers.ALIGN * AlignedBuffers.ALIGN;
    if (direct != null
        && aligned > 0
        && AlignedBuffers.aligned(offset)
        && b.isDirect()
        && b.alignmentOffset(b.position(), AlignedBuffers.ALIGN) == 0) {
      int start = b.position();
      try {
        writeFully(direct, b.slice(start, aligned), offset);
        b.position(start + aligned);
        offset += aligned;
      } catch (IOException e) {
        if (!isInvalidArgument(e)) {
          throw e;
        }
        directAccepted = false;
      }
    }
    writeFully(buffered, b, offset);
    return directAccepted;
  }

  /** True for {@code EINVAL}: how a file system refuses {@code O_DIRECT} I/O at read/write time. */
  public static boolean isInvalidArgument(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("Invalid argument");
  }

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
