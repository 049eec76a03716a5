package dev.vireo.backup.nativeio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectWriterTest {
  @TempDir Path tmp;

  /** Writes runs of random lengths, some continuing the previous one, some elsewhere. */
  private static byte[] writeRandomRuns(DirectWriter w, int fileSize, long seed) throws Exception {
    Random rnd = new Random(seed);
    byte[] expected = new byte[fileSize];
    expected[fileSize - 1] = 42;
    w.write(fileSize - 1, expected, fileSize - 1, 1);
    long offset = 0;
    for (int i = 0; i < 200; i++) {
      if (rnd.nextInt(4) == 0) {
        offset = rnd.nextBoolean() ? rnd.nextInt(fileSize / 4096) * 4096L : rnd.nextInt(fileSize);
      }
      int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 100_000 : 5_000);
      if (offset + len > fileSize) {
        offset = 0;
      }
      byte[] data = new byte[len + 7];
      rnd.nextBytes(data);
      w.write(offset, data, 7, len);
      System.arraycopy(data, 7, expected, (int) offset, len);
      offset += len;
    }
    return expected;
  }

  /** Writes random runs through a writer that tries direct I/O or not, then reads the file. */
  private void writesReadBackExactly(boolean tryDirect, int depth, long seed) throws Exception {
    Path f = tmp.resolve("file-" + seed + "-" + depth + ".bin");
    int size = 3 << 20;
    byte[] expected;
    try (DirectWriter w =
        DirectWriter.open(
            f,
            64 * 1024,
            depth,
            tryDirect,
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE)) {
      assertThat(w.direct()).isEqualTo(tryDirect); // the temp dir's file system does O_DIRECT
      expected = writeRandomRuns(w, size, seed);
      w.force();
    }
    assertThat(Files.readAllBytes(f)).hasSize(size).isEqualTo(expected);
  }

  /** Overlapping runs, some starting unaligned, land in order (a race once broke that). */
  @Test
  void coalescedDirectWrites_withGapsOverlapsAndUnalignedTails_readBackExactly() throws Exception {
    for (long seed = 1; seed <= 24; seed++) {
      writesReadBackExactly(true, 1, seed);
    }
  }

  /** With several buffers written at once, overlapping runs still land in the order given. */
  @Test
  void severalRunsInFlight_withGapsOverlapsAndUnalignedTails_readBackExactly() throws Exception {
    for (long seed = 31; seed <= 54; seed++) {
      writesReadBackExactly(true, 4, seed);
    }
  }

  @Test
  void whereDirectIoIsUnavailable_theSameBytesGoThroughThePageCache() throws Exception {
    for (long seed = 11; seed <= 18; seed++) {
      writesReadBackExactly(false, 1 + (int) (seed % 3), seed);
    }
  }

  @Test
  void closingWithoutFlush_abandonsStagedBytes_andReleasesTheFile() throws Exception {
    Path f = tmp.resolve("abandoned.bin");
    try (DirectWriter w =
        DirectWriter.open(f, 1 << 20, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      w.write(0, new byte[1000], 0, 1000);
    }
    assertThat(Files.size(f)).isZero();
    Files.delete(f);
  }
}
