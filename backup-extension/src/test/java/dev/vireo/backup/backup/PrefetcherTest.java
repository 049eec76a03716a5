package dev.vireo.backup.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.ExtentMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefetcherTest {
  private static final long MIB = 1L << 20;

  /** Records prefetch hints; reading is not needed by the prefetcher. */
  private static final class RecordingSource implements DiskSource {
    final List<Extent> extents;
    final List<Extent> hints = new ArrayList<>();

    RecordingSource(List<Extent> extents) {
      this.extents = extents;
    }

    @Override
    public DiskId diskId() {
      return new DiskId("d0");
    }

    @Override
    public long size() {
      return 1L << 40;
    }

    @Override
    public ExtentMode mode() {
      return ExtentMode.ALLOCATED;
    }

    @Override
    public Iterator<Extent> extents() {
      return extents.iterator();
    }

    @Override
    public void prefetch(long offset, long length) {
      hints.add(new Extent(offset, length));
    }

    @Override
    public void read(long offset, byte[] buf, int len) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  @Test
  void hintsOnlyExtentBytes_inOrder_inSlices_andStaysAWindowAhead() {
    List<Extent> data =
        List.of(
            new Extent(0, 3 * MIB),
            new Extent(100 * MIB, 40 * MIB),
            new Extent(500 * MIB, 300 * MIB));
    RecordingSource s = new RecordingSource(data);
    Prefetcher p = new Prefetcher(s);

    p.reading(0);
    // the window is disk address space: hints reach AHEAD past the read position
    assertThat(s.hints.get(s.hints.size() - 1).end()).isGreaterThanOrEqualTo(Prefetcher.AHEAD);
    assertThat(s.hints.get(0)).isEqualTo(new Extent(0, 3 * MIB));
    for (Extent h : s.hints) {
      assertThat(h.length()).isLessThanOrEqualTo(Prefetcher.SLICE);
      assertThat(data).anySatisfy(e -> assertThat(h.offset()).isBetween(e.offset(), e.end() - 1));
      assertThat(data).anySatisfy(e -> assertThat(h.end()).isBetween(e.offset() + 1, e.end()));
    }
    for (int i = 1; i < s.hints.size(); i++) {
      assertThat(s.hints.get(i).offset()).isGreaterThanOrEqualTo(s.hints.get(i - 1).end());
    }

    int before = s.hints.size();
    p.reading(MIB); // still well inside the window: nothing new
    assertThat(s.hints).hasSize(before);

    p.reading(700 * MIB);
    Extent last = s.hints.get(s.hints.size() - 1);
    assertThat(last.end()).isEqualTo(800 * MIB); // ran to the end of the data, not beyond
    p.reading(799 * MIB);
    assertThat(s.hints.get(s.hints.size() - 1)).isEqualTo(last);
  }
}
