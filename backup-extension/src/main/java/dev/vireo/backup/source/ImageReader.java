package dev.vireo.backup.source;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Positional reads from a raw image or block device. */
final class ImageReader implements AutoCloseable {
  private final Path path;
  private final FileChannel ch;
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
      while (b.hasRemaining()) {
        int n = ch.read(b, offset + b.position());
        if (n < 0) {
          Arrays.fill(buf, b.position(), len, (byte) 0);
          return;
        }
      }
    } catch (IOException e) {
      throw new BackupException(ErrorCode.SOURCE_ERROR, "read " + path + ": " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      ch.close();
    } catch (IOException ignored) {
      // read-only
    }
  }
}
