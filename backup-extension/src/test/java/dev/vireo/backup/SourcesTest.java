package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.ChunkRange;
import dev.vireo.backup.source.ChunkRanges;
import dev.vireo.backup.source.SparseImageSource;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.throughput.BandwidthLimiter;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
  @TempDir Path tmp;

  @Test
  void sparseImage_reportsOnlyAllocatedExtents() throws Exception {
    Path img = tmp.resolve("s.img");
    try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
      f.setLength(64L << 20);
      f.seek(8L << 20);
      f.write(new byte[1 << 20]);
      f.seek(40L << 20);
      f.write(new byte[4096]);
    }
    List<Extent> got = new ArrayList<>();
    try (SparseImageSource s = new SparseImageSource(Repos.DISK, img)) {
      s.extents().forEachRemaining(got::add);
    }
    assertThat(got.stream().mapToLong(Extent::length).sum()).isLessThanOrEqualTo((1 << 20) + 8192);
    assertThat(got.get(0).offset()).isEqualTo(8L << 20);
    assertThat(got.get(got.size() - 1).offset()).isEqualTo(40L << 20);
  }

  @Test
  void chunkRanges_alignAndMergeExtents() {
    List<Extent> ex =
        List.of(
            new Extent(100, 10),
            new Extent(4000, 200),
            new Extent(5000, 1),
            new Extent(20000, 5000));
    List<ChunkRange> got = new ArrayList<>();
    new ChunkRanges(ex.iterator(), 4096, 24000).forEachRemaining(got::add);
    assertThat(got).containsExactly(new ChunkRange(0, 2), new ChunkRange(4, 6));
  }

  @Test
  void bandwidthLimiter_holdsTheRate() {
    BandwidthLimiter l = BandwidthLimiter.of(4L << 20);
    long start = System.nanoTime();
    for (int i = 0; i < 32; i++) {
      l.acquire(64 * 1024);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // 2 MiB at 4 MiB/s: the first reservation is free, so at least 31/64 s
    assertThat(seconds).isBetween(0.45, 2.0);
  }
}
