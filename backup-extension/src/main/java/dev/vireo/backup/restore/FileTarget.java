package dev.vireo.backup.restore;

import com.sun.nio.file.ExtendedOpenOption;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.nativeio.FileChannels;
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
 * A raw image file or a block device, written positionally by several threads, run by run, with
 * {@code O_DIRECT} where the file system allows it (runs start at chunk boundaries, which are
 * aligned; an unaligned tail at the end of a disk goes through the page cache). Buffered writes of
 * a multi-GiB image cost the kernel more CPU than decompressing it, and a restore should not evict
 * the host's working set.
 *
 * <p>A new file gets holes for free; an existing file is truncated to the disk size and its zero
 * ranges are deallocated with {@code fallocate(PUNCH_HOLE)} (falling back to writing zeros where
 * the file system cannot punch holes). A block device (a VM's logical volume, say) must be at least
 * the disk's size and not in use: it is opened exclusively, as {@code mkfs} does, so a mounted
 * device is refused; its zero ranges are zeroed with {@code fallocate(ZERO_RANGE)} (the device's
 * write-zeroes or discard where it has one), or written as zeros; bytes past the disk's size are
 * left alone.
 */
final class FileTarget implements RestoreTarget {
  private final Path path;
  private final FileChannel buffered;
  private volatile FileChannel direct;

  /** Holes are punched (existing file) or zeroed (device) through it; empty for a new file. */
  private final Optional<NativeFile> zeroer;

  private final boolean device;
  private boolean zeroingUnsupported;

  FileTarget(Path path, long size) {
    this(path, size, true);
  }

  /** As {@link #FileTarget(Path, long)}; {@code tryDirect = false} stays buffered (tests). */
  FileTarget(Path path, long size, boolean tryDirect) {
    this.path = path;
    this.device = isBlockDevice(path);
    NativeFile claim = null;
    FileChannel ch = null;
    try {
      if (device) {
        claim = claimDevice(path);
        ch = FileChannel.open(path, StandardOpenOption.WRITE);
        if (ch.size() < size) {
          throw new BackupException(
              ErrorCode.INVALID_ARGUMENT,
              "block device "
                  + path
                  + " holds "
                  + ch.size()
                  + " bytes; the disk needs "
                  + size
                  + ": restore to a device at least that large");
        }
      } else {
        boolean existed = Files.exists(path);
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
          raf.setLength(size);
        }
        ch = FileChannel.open(path, StandardOpenOption.WRITE);
        claim = existed ? NativeFile.openWrite(path) : null;
      }
      this.buffered = ch;
      this.direct = tryDirect ? openDirect(path) : null;
      this.zeroer = Optional.ofNullable(claim);
    } catch (IOException e) {
      closeAll(claim, ch);
      throw BackupException.io("open restore target " + path, e);
    } catch (RuntimeException e) {
      closeAll(claim, ch);
      throw e;
    }
  }

  private static boolean isBlockDevice(Path path) {
    try {
      return Files.exists(path)
          && ((Integer) Files.getAttribute(path, "unix:mode") & S_IFMT) == S_IFBLK;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static final int S_IFMT = 0170000;
  private static final int S_IFBLK = 0060000;

  private static NativeFile claimDevice(Path path) {
    try {
      return NativeFile.openDeviceExclusive(path);
    } catch (BackupException e) {
      if (NativeFile.isBusy(e)) {
        throw new BackupException(
            ErrorCode.INVALID_ARGUMENT,
            "block device "
                + path
                + " is in use (mounted, or held by a running VM or another program): unmount or"
                + " stop it before restoring onto it",
            e);
      }
      throw e;
    }
  }

  private static void closeAll(NativeFile claim, FileChannel ch) {
    if (claim != null) {
      claim.close();
    }
    FileChannels.closeQuietly(ch);
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
      if (!FileChannels.writeAligned(direct, buffered, data, offset)) {
        direct = null; // refused at write time (EINVAL): buffered from now on
      }
    } catch (IOException e) {
      throw BackupException.io("write " + path, e);
    }
  }

  @Override
  public void zeros(long offset, long length) {
    if (zeroer.isEmpty()) {
      return; // a new file: the range is a hole already
    }
    if (!zeroingUnsupported) {
      try {
        if (device) {
          zeroer.get().zeroRange(offset, length);
        } else {
          zeroer.get().punchHole(offset, length);
        }
        return;
      } catch (BackupException e) {
        if (!NativeFile.isUnsupported(e)) {
          throw e;
        }
        zeroingUnsupported = true;
      }
    }
    writeZeros(offset, length);
  }

  private void writeZeros(long offset, long length) {
    byte[] z = new byte[(int) Math.min(length, 1 << 20)];
    try {
      for (long done = 0; done < length; done += z.length) {
        int n = (int) Math.min(z.length, length - done);
        FileChannels.writeFully(buffered, ByteBuffer.wrap(z, 0, n), offset + done);
      }
    } catch (IOException e) {
      throw BackupException.io("write " + path, e);
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
    zeroer.ifPresent(NativeFile::close);
    FileChannels.closeQuietly(direct);
    FileChannels.closeQuietly(buffered);
  }
}
