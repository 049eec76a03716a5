package dev.vireo.backup.source;

import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.nativeio.NativeFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

/**
 * A raw image file read sparse-aware: its extents are the allocated data regions found with {@code
 * lseek(SEEK_DATA/SEEK_HOLE)}, produced one at a time.
 */
public final class SparseImageSource implements DiskSource {
  private final DiskId diskId;
  private final ImageReader reader;
  private final NativeFile nativeFile;

  public SparseImageSource(DiskId diskId, Path image) {
    this.diskId = diskId;
    this.reader = new ImageReader(image);
    this.nativeFile = NativeFile.openRead(image);
  }

  @Override
  public DiskId diskId() {
    return diskId;
  }

  @Override
  public long size() {
    return reader.size();
  }

  @Override
  public ExtentMode mode() {
    return ExtentMode.ALLOCATED;
  }

  @Override
  public Iterator<Extent> extents() {
    return new Iterator<>() {
      private long pos;
      private Extent next = advance();

      private Extent advance() {
        long size = reader.size();
        if (pos >= size) {
          return null;
        }
        OptionalLong data = nativeFile.nextData(pos);
        if (data.isEmpty() || data.getAsLong() >= size) {
          pos = size;
          return null;
        }
        long hole = Math.min(nativeFile.nextHole(data.getAsLong()), size);
        pos = hole;
        return new Extent(data.getAsLong(), hole - data.getAsLong());
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Extent next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        Extent e = next;
        next = advance();
        return e;
      }
    };
  }

  @Override
  public void readBlock(long offset, ByteBuffer dst) {
    reader.readBlock(offset, dst);
  }

  @Override
  public void read(long offset, byte[] buf, int len) {
    reader.read(offset, buf, len);
  }

  @Override
  public void close() {
    nativeFile.close();
    reader.close();
  }
}
