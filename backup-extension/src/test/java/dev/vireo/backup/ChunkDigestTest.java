package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.chunk.ChunkDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkDigestTest {
  @Test
  void zeroChunksAreRecognisedAtEverySizeAndTheirMarkerIsNotAHash() {
    for (int len : new int[] {0, 1, 7, 4096, 65_535, 65_536, 65_537, 200_000}) {
      byte[] zeros = new byte[len + 3]; // longer than len: only the first len bytes count
      assertThat(ChunkDigest.isAllZero(zeros, len)).isTrue();
      assertThat(ChunkDigest.compute(zeros, len)).isSameAs(ChunkDigest.ZERO);
    }
  }

  @Test
  void aSingleNonZeroByteAnywhereMakesAChunkData() {
    Random r = new Random(7);
    for (int len : new int[] {1, 9, 4096, 65_536, 131_072 + 5}) {
      for (int trial = 0; trial < 20; trial++) {
        byte[] b = new byte[len];
        int at = trial == 0 ? len - 1 : r.nextInt(len);
        b[at] = (byte) (1 + r.nextInt(255));
        assertThat(ChunkDigest.isAllZero(b, len)).as("len %d, byte at %d", len, at).isFalse();
        assertThat(ChunkDigest.compute(b, len).isZero()).isFalse();
      }
    }
    byte[] tail = new byte[16];
    tail[12] = 1;
    assertThat(ChunkDigest.isAllZero(tail, 12)).as("bytes after len are ignored").isTrue();
  }
}
