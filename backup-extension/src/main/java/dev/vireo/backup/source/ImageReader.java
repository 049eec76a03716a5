package dev.vireo.backup.source;

import com.sun.nio.file.ExtendedOpenOption;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.nativeio.AlignedBuffers;
import dev.vireo.backup.nativeio.FileChannels;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Positional reads from a raw image or block device. Block reads ({@link #readBlock}) go around the
 * page cache with {@code O_DIRECT} where the file system allows it: a backup reads each byte once,
 * and buffered reads cost the kernel CPU that the hashing needs and evict the host's working set.
 * Thread-safe.
 */
final class ImageReader implements AutoCloseable {
  private final Path path;
  private final FileChannel ch;
  private volatile FileChannel direct;
  private final long size;

  ImageReader(Path path) {
    this.path = path;
    try {
      this.ch = FileChannel.open(path, StandardOpenOption.READ);
      this.size = ch.size();
    } catch (NoSuchFileException e) {
      throw new BackupException(ErrorCode.SOURCE_ERROR, "no such image " + path, e);
    } catch (IOException e) {
      throw new BackupException(ErrorCode.SOURCE_ERROR, "cannot open image " + path + ": " + e, e);
    }
    this.direct = openDirect(path);
  }

  private static FileChannel openDirect(Path path) {
    try {
      return FileChannel.open(path, StandardOpenOption.READ, ExtendedOpenOption.DIRECT);
    } catch (IOException | UnsupportedOperationException e) {
      return null; // e.g. tmpfs: buffered reads only
    }
  }

  long size() {
    return size;
  }

  Path path() {
    return path;
  }

  void read(long offset, byte[] buf, int len) {
    ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
    try {
      fill(ch, b, offset);
    } catch (IOException e) {
      throw new BackupException(ErrorCode.SOURCE_ERROR, "read " + path + ": " + e, e);
    }
  }

  /**
   * Reads {@code dst.remaining()} bytes at {@code offset}; bytes past the end read as 0. Direct
   * when the offset, length and buffer are aligned ({@link AlignedBuffers}), else through the page
   * cache.
   */
  void readBlock(long offset, ByteBuffer dst) {
    FileChannel d = direct;
    try {
      if (d != null
          && dst.isDirect()
          && AlignedBuffers.aligned(offset)
          && AlignedBuffers.aligned(dst.remaining())
          && dst.alignmentOffset(dst.position(), AlignedBuffers.ALIGN) == 0) {
        int start = dst.position();
        try {
          fillDirect(d, dst, offset);
          return;
        } catch (IOException e) {
          if (!FileChannels.isInvalidArgument(e)) {
            throw e;
          }
          direct = null; // refused at read time: buffered from now on
          dst.position(start);
        }
      }
      fill(ch, dst, offset);
    } catch (IOException e) {
      throw new BackupException(ErrorCode.SOURCE_ERROR, "read " + path + ": " + e, e);
    }
  }

  /**
   * One direct read; a short count (the end of the file, whose unaligned rest O_DIRECT cannot read)
   * is completed through the page cache.
   */
  private void fillDirect(FileChannel d, ByteBuffer b, long offset) throws IOException {
    int n = d.read(b, offset);
    if (b.hasRemaining()) {
      fill(ch, b, offset + Math.max(0, n));
    }
  }

  private static void fill(FileChannel c, ByteBuffer b, long offset) throws IOException {
    long pos = offset;
    while (b.hasRemaining()) {
      int n = c.read(b, pos);
      if (n <= 0) {
        zeroRest(b);
        return;
      }
      pos += n;
    }
  }

  private static void zeroRest(ByteBuffer b) {
    if (b.hasArray()) {
      Arrays.fill(b.array(), b.arrayOffset() + b.position(), b.arrayOffset() + b.limit(), (byte) 0);
    } else {
      while (b.hasRemaining()) {
        b.put((byte) 0);
      }
    }
  }

  @Override
  public void close() {
    try {
      ch.close();
      FileChannel d = direct;
      if (d != null) {
        d.close();
      }
    } catch (IOException ignored) {
      // read-only
    }
  }
}
