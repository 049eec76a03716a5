package dev.vireo.backup.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.ChunkRange;
import dev.vireo.backup.source.ChunkRanges;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentMode;
import dev.vireo.backup.source.SparseImageSource;
import dev.vireo.backup.testing.Repos;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
  static final int CHUNK = 64 * 1024;

  @TempDir Path tmp;

  /** A sparse image: a data region longer than a slice, a short one, and an unaligned end. */
  private Path image() throws IOException {
    Path img = tmp.resolve("d.img");
    Random rnd = new Random(3);
    long[][] regions = {{100_000, 9 << 20}, {20L << 20, 5000}, {(40L << 20) - 10, 1244}};
    try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
      f.setLength((40L << 20) + 1234);
      for (long[] region : regions) {
        byte[] b = new byte[(int) region[1]];
        rnd.nextBytes(b);
        f.seek(region[0]);
        f.write(b);
      }
    }
    return img;
  }

  @Test
  void chunksReadInBackupOrder_matchTheImage_includingReadsOutsideThePlan() throws IOException {
    Path img = image();
    byte[] all = Files.readAllBytes(img);
    try (SparseImageSource src = new SparseImageSource(Repos.DISK, img);
        ReadAhead ahead = new ReadAhead(src, CHUNK)) {
      ChunkRanges ranges = new ChunkRanges(src.extents(), CHUNK, src.size());
      int chunks = 0;
      while (ranges.hasNext()) {
        ChunkRange r = ranges.next();
        for (long c = r.first(); c < r.end(); c++) {
          assertChunk(ahead, all, c);
          chunks++;
          if (c == r.first() + 70) {
            assertChunk(ahead, all, 1); // behind the read-ahead (a healing read): read directly
          }
        }
      }
      assertChunk(ahead, all, 500); // after the plan's end: read directly
      assertThat(chunks).isGreaterThan(ReadAhead.SLICE / CHUNK);
    }
  }

  /** Reads chunk {@code c} into a buffer at an offset that varies with {@code c}, as batches do. */
  private static void assertChunk(ReadAhead ahead, byte[] all, long c) {
    int len = (int) Math.min(CHUNK, all.length - c * CHUNK);
    int off = (int) (c % 3) * 1000;
    byte[] buf = new byte[off + len];
    ahead.read(c, buf, off, len);
    int from = (int) (c * CHUNK);
    assertThat(Arrays.copyOfRange(buf, off, off + len))
        .as("chunk %d", c)
        .isEqualTo(Arrays.copyOfRange(all, from, from + len));
  }

  @Test
  void closingBeforeTheEnd_stopsTheReader() throws IOException {
    Path img = image();
    try (SparseImageSource src = new SparseImageSource(Repos.DISK, img)) {
      ReadAhead ahead = new ReadAhead(src, 4096);
      ahead.read(30, new byte[4096], 0, 4096);
      ahead.close();
    }
  }

  @Test
  void aFailedReadAhead_isReportedToTheReader() {
    try (ReadAhead ahead = new ReadAhead(new FailingSource(), CHUNK)) {
      assertThatThrownBy(() -> ahead.read(0, new byte[CHUNK], 0, CHUNK))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("read test disk");
    }
  }

  /** A 1 MiB disk whose block reads fail. */
  private static final class FailingSource implements DiskSource {
    @Override
    public DiskId diskId() {
      return Repos.DISK;
    }

    @Override
    public long size() {
      return 1 << 20;
    }

    @Override
    public ExtentMode mode() {
      return ExtentMode.ALLOCATED;
    }

    @Override
    public Iterator<Extent> extents() {
      return List.of(new Extent(0, 1 << 20)).iterator();
    }

    @Override
    public void read(long offset, byte[] buf, int len) {
      throw new AssertionError("not expected");
    }

    @Override
    public void readBlock(long offset, ByteBuffer dst) {
      throw BackupException.io("read test disk", new IOException("EIO"));
    }

    @Override
    public void close() {}
  }
}
