package dev.vireo.backup.source;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * An image (or device) together with an explicit extent list, e.g. from changed-block tracking: in
 * {@link ExtentMode#CHANGED} mode only the listed extents are read and everything else is taken
 * from the previous recovery point.
 */
public final class ExtentListSource implements DiskSource {
  private final DiskId diskId;
  private final ImageReader reader;
  private final List<Extent> extents;
  private final ExtentMode mode;

  public ExtentListSource(DiskId diskId, Path image, List<Extent> extents, ExtentMode mode) {
    this.diskId = diskId;
    this.reader = new ImageReader(image);
    this.mode = mode;
    this.extents = normalise(extents, reader.size());
  }

  /** Sorts and merges overlapping or touching extents, rejecting ones past the disk end. */
  static List<Extent> normalise(List<Extent> in, long size) {
    List<Extent> sorted = new ArrayList<>(in);
    sorted.sort(Comparator.comparingLong(Extent::offset));
    List<Extent> out = new ArrayList<>();
    for (Extent e : sorted) {
      if (e.end() > size) {
        throw new BackupException(
            ErrorCode.INVALID_ARGUMENT, "extent " + e + " lies beyond the disk end " + size);
      }
      Extent last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && e.offset() <= last.end()) {
        long end = Math.max(last.end(), e.end());
        out.set(out.size() - 1, new Extent(last.offset(), end - last.offset()));
      } else {
        out.add(e);
      }
    }
    return out;
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
    return mode;
  }

  @Override
  public Iterator<Extent> extents() {
    return extents.iterator();
  }

  @Override
  public void read(long offset, byte[] buf, int len) {
    reader.read(offset, buf, len);
  }

  @Override
  public void readBlock(long offset, ByteBuffer dst) {
    reader.readBlock(offset, dst);
  }

  @Override
  public void close() {
    reader.close();
  }
}
