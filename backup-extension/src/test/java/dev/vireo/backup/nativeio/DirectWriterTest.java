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

  @Test
  void coalescedDirectWrites_withGapsAndUnalignedTails_readBackExactly() throws Exception {
    Path f = tmp.resolve("direct.bin");
    int size = 3 << 20;
    byte[] expected;
    try (DirectWriter w =
        DirectWriter.open(f, 64 * 1024, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      expected = writeRandomRuns(w, size, 7);
      w.force();
    }
    assertThat(Files.readAllBytes(f)).hasSize(size).isEqualTo(expected);
  }

  @Test
  void whereDirectIoIsUnavailable_theSameBytesGoThroughThePageCache() throws Exception {
    Path f = tmp.resolve("buffered.bin");
    int size = 3 << 20;
    byte[] expected;
    try (DirectWriter w =
        DirectWriter.open(
            f, 64 * 1024, false, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      assertThat(w.direct()).isFalse();
      expected = writeRandomRuns(w, size, 11);
      w.force();
    }
    assertThat(Files.readAllBytes(f)).isEqualTo(expected);
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
