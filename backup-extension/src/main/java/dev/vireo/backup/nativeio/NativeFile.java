package dev.vireo.backup.nativeio;

import com.sun.jna.LastErrorException;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * A file descriptor opened through libc for extent mapping and hole punching. Not thread-safe (the
 * file offset is shared); data itself is read and written through {@code FileChannel}.
 */
public final class NativeFile implements AutoCloseable {
  private final int fd;
  private final Path path;

  private NativeFile(int fd, Path path) {
    this.fd = fd;
    this.path = path;
  }

  public static NativeFile openRead(Path path) {
    return open(path, LibC.O_RDONLY);
  }

  public static NativeFile openWrite(Path path) {
    return open(path, LibC.O_WRONLY);
  }

  /**
   * Opens a block device for writing with {@code O_EXCL}: fails ({@link #isBusy}) while it is
   * mounted or held exclusively by another program, and keeps such claims away while open.
   */
  public static NativeFile openDeviceExclusive(Path path) {
    return open(path, LibC.O_WRONLY | LibC.O_EXCL);
  }

  private static NativeFile open(Path path, int flags) {
    try {
      return new NativeFile(LibC.open(path.toString(), flags | LibC.O_CLOEXEC), path);
    } catch (LastErrorException e) {
      throw fail("open " + path, e);
    }
  }

  /** The first offset ≥ {@code from} that holds data, or empty if only a hole follows. */
  public OptionalLong nextData(long from) {
    return seek(from, LibC.SEEK_DATA);
  }

  /** The first offset ≥ {@code from} that starts a hole (the file end counts as a hole). */
  public long nextHole(long from) {
    return seek(from, LibC.SEEK_HOLE).orElse(from);
  }

  private OptionalLong seek(long from, int whence) {
    try {
      return OptionalLong.of(LibC.lseek(fd, from, whence));
    } catch (LastErrorException e) {
      if (e.getErrorCode() == LibC.ENXIO) {
        return OptionalLong.empty();
      }
      throw fail("lseek " + path, e);
    }
  }

  /** Deallocates {@code [offset, offset+len)} keeping the file size; reads then return zeros. */
  public void punchHole(long offset, long len) {
    try {
      LibC.fallocate(fd, LibC.FALLOC_FL_PUNCH_HOLE | LibC.FALLOC_FL_KEEP_SIZE, offset, len);
    } catch (LastErrorException e) {
      throw fail("fallocate(PUNCH_HOLE) " + path, e);
    }
  }

  /** Makes {@code [offset, offset+len)} read as zeros ({@code FALLOC_FL_ZERO_RANGE}; devices). */
  public void zeroRange(long offset, long len) {
    try {
      LibC.fallocate(fd, LibC.FALLOC_FL_ZERO_RANGE | LibC.FALLOC_FL_KEEP_SIZE, offset, len);
    } catch (LastErrorException e) {
      throw fail("fallocate(ZERO_RANGE) " + path, e);
    }
  }

  public static boolean isBusy(BackupException e) {
    return e.getCause() instanceof LastErrorException l && l.getErrorCode() == LibC.EBUSY;
  }

  public static boolean isUnsupported(BackupException e) {
    return e.getCause() instanceof LastErrorException l
        && (l.getErrorCode() == LibC.EOPNOTSUPP || l.getErrorCode() == LibC.EINVAL);
  }

  private static BackupException fail(String what, LastErrorException e) {
    return new BackupException(
        ErrorCode.NATIVE_IO_ERROR, what + " failed: errno " + e.getErrorCode(), e);
  }

  @Override
  public void close() {
    try {
      LibC.close(fd);
    } catch (LastErrorException ignored) {
      // nothing useful to do
    }
  }
}
