package dev.vireo.backup.restore;

import dev.vireo.backup.format.BackupException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/** A sequential stream (e.g. stdout): writes must arrive in order; zero ranges are written out. */
final class StreamTarget implements RestoreTarget {
  private static final byte[] ZEROS = new byte[1 << 16];
  private final OutputStream out;
  private final byte[] copy = new byte[1 << 16];
  private long position;

  StreamTarget(OutputStream out) {
    this.out = out;
  }

  @Override
  public boolean positional() {
    return false;
  }

  @Override
  public void write(long offset, ByteBuffer data) {
    check(offset);
    int n = data.remaining();
    try {
      while (data.hasRemaining()) {
        int k = Math.min(copy.length, data.remaining());
        data.get(copy, 0, k);
        out.write(copy, 0, k);
      }
    } catch (IOException e) {
      throw BackupException.io("write restore stream", e);
    }
    position += n;
  }

  @Override
  public void zeros(long offset, long length) {
    check(offset);
    try {
      for (long done = 0; done < length; done += ZEROS.length) {
        out.write(ZEROS, 0, (int) Math.min(ZEROS.length, length - done));
      }
    } catch (IOException e) {
      throw BackupException.io("write restore stream", e);
    }
    position += length;
  }

  private void check(long offset) {
    if (offset != position) {
      throw new IllegalStateException("stream write at " + offset + ", expected " + position);
    }
  }

  @Override
  public void finish() {
    try {
      out.flush();
    } catch (IOException e) {
      throw BackupException.io("flush restore stream", e);
    }
  }

  @Override
  public void close() {
    finish();
  }
}
