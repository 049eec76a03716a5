package dev.vireo.backup.restore;

import com.sun.nio.file.ExtendedOpenOption;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.nativeio.AlignedBuffers;
import dev.vireo.backup.nativeio.NativeFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A raw image file, written positionally by several threads, run by run, with {@code O_DIRECT}
 * where the file system allows it (runs start at chunk boundaries, which are aligned; an unaligned
 * tail at the end of a disk goes through the page cache). Buffered writes of a multi-GiB image cost
 * the kernel more CPU than decompressing it, and a restore should not evict the host's working set.
 * A new file gets holes for free; an existing file is truncated to the disk size and its zero
 * ranges are deallocated with {@code fallocate(PUNCH_HOLE)} (falling back to writing zeros where
 * the file system cannot punch holes).
 */
final class FileTarget implements RestoreTarget {
  private static final int ALIGN = AlignedBuffers.ALIGN;

  private final Path path;
  private final FileChannel buffered;
  private volatile FileChannel direct;
  private final Optional<NativeFile> punch;
  private boolean punchUnsupported;

  FileTarget(Path path, long size) {
    this(path, size, true);
  }

  /** As {@link #FileTarget(Path, long)}; {@code tryDirect = false} stays buffered (tests). */
  FileTarget(Path path, long size, boolean tryDirect) {
    this.path = path;
    try {
      boolean existed = Files.exists(path);
      try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
        raf.setLength(size);
      }
      this.buffered = FileChannel.open(path, StandardOpenOption.WRITE);
      this.direct = tryDirect ? openDirect(path) : null;
      this.punch = existed ? Optional.of(NativeFile.openWrite(path)) : Optional.empty();
    } catch (IOException e) {
      throw BackupException.io("open restore target " + path, e);
    }
  }

  private static FileChannel openDirect(Path path) {
    try {
      return FileChannel.open(path, StandardOpenOption.WRITE, ExtendedOpenOption.DIRECT);
    } catch (IOException | UnsupportedOperationException e) {
      return null; // e.g. tmpfs: buffered writes only
    }
  }

  @Override
  public boolean positional() {
    return true;
  }

  @Override
  public void write(long offset, ByteBuffer data) {
    try {
      FileChannel d = direct;
      int aligned = data.remaining() / ALIGN * ALIGN;
      if (d != null
          && aligned > 0
          && AlignedBuffers.aligned(offset)
          && data.isDirect()
          && data.alignmentOffset(data.position(), ALIGN) == 0) {
        int start = data.position();
        try {
          writeFully(d, data.slice(start, aligned), offset);
          data.position(start + aligned);
          offset += aligned;
        } catch (IOException e) {
          if (e.getMessage() == null || !e.getMessage().contains("Invalid argument")) {
            throw e;
          }
          direct = null; // refused at write time (EINVAL): buffered from now on
        }
      }
      writeFully(buffered, data, offset);
    } catch (IOException e) {
      throw BackupException.io("write " + path, e);
    }
  }

  @Override
  public void zeros(long offset, long length) {
    if (punch.isEmpty()) {
      return;
    }
    if (!punchUnsupported) {
      try {
        punch.get().punchHole(offset, length);
        return;
      } catch (BackupException e) {
        if (!NativeFile.isUnsupported(e)) {
          throw e;
        }
        punchUnsupported = true;
      }
    }
    writeZeros(offset, length);
  }

  private void writeZeros(long offset, long length) {
    byte[] z = new byte[(int) Math.min(length, 1 << 20)];
    try {
      for (long done = 0; done < length; done += z.length) {
        int n = (int) Math.min(z.length, length - done);
        writeFully(buffered, ByteBuffer.wrap(z, 0, n), offset + done);
      }
    } catch (IOException e) {
      throw BackupException.io("write " + path, e);
    }
  }

  private static void writeFully(FileChannel ch, ByteBuffer b, long offset) throws IOException {
    long pos = offset;
    while (b.hasRemaining()) {
      pos += ch.write(b, pos);
    }
  }

  @Override
  public void finish() {
    try {
      buffered.force(true);
    } catch (IOException e) {
      throw BackupException.io("fsync " + path, e);
    }
  }

  @Override
  public void close() {
    punch.ifPresent(NativeFile::close);
    closeQuietly(direct);
    closeQuietly(buffered);
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch == null) {
      return;
    }
    try {
      ch.close();
    } catch (IOException ignored) {
      // nothing left to write through it
    }
  }
}
