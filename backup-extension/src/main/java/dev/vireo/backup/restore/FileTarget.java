package dev.vireo.backup.restore;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.nativeio.DirectWriter;
import dev.vireo.backup.nativeio.NativeFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A raw image file, written in chunk order through a {@link DirectWriter} (large direct writes that
 * bypass the page cache where the file system allows it). A new file gets holes for free; an
 * existing file is truncated to the disk size and its zero ranges are deallocated with {@code
 * fallocate(PUNCH_HOLE)} (falling back to writing zeros where the file system cannot punch holes).
 */
final class FileTarget implements RestoreTarget {
  private final Path path;
  private final DirectWriter out;
  private final Optional<NativeFile> punch;
  private boolean punchUnsupported;

  FileTarget(Path path, long size) {
    this.path = path;
    try {
      boolean existed = Files.exists(path);
      try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
        raf.setLength(size);
      }
      this.out = DirectWriter.open(path, DirectWriter.DEFAULT_BUFFER, StandardOpenOption.WRITE);
      this.punch = existed ? Optional.of(NativeFile.openWrite(path)) : Optional.empty();
    } catch (IOException e) {
      throw BackupException.io("open restore target " + path, e);
    }
  }

  @Override
  public boolean positional() {
    return false;
  }

  @Override
  public void write(long offset, byte[] data) {
    try {
      out.write(offset, data, 0, data.length);
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
    for (long done = 0; done < length; done += z.length) {
      int n = (int) Math.min(z.length, length - done);
      write(offset + done, n == z.length ? z : new byte[n]);
    }
  }

  @Override
  public void finish() {
    try {
      out.force();
    } catch (IOException e) {
      throw BackupException.io("fsync " + path, e);
    }
  }

  @Override
  public void close() {
    punch.ifPresent(NativeFile::close);
    out.close();
  }
}
