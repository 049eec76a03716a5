package dev.vireo.backup.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DigestSet} against {@code LinkedHashSet}: the sets that decide what garbage collection
 * keeps must never lose a member, across many growths and with digests that share their first word
 * (the word the slots are chosen by).
 */
class DigestSetTest {
  @Test
  void holdsExactlyWhatALinkedHashSetHolds() {
    Random rnd = new Random(21);
    List<ChunkDigest> pool = new ArrayList<>();
    for (int i = 0; i < 150_000; i++) {
      pool.add(i % 100 == 0 ? withFirstWord(rnd.nextInt(4), rnd) : random(rnd));
    }
    DigestSet set = new DigestSet();
    Set<ChunkDigest> model = new LinkedHashSet<>();
    for (int i = 0; i < 400_000; i++) {
      ChunkDigest d = pool.get(rnd.nextInt(pool.size()));
      assertThat(set.add(d)).isEqualTo(model.add(d));
    }
    assertThat(set).hasSize(model.size());
    for (ChunkDigest d : pool) {
      assertThat(set.contains(d)).isEqualTo(model.contains(d));
    }
    assertThat(set).containsExactlyElementsOf(model);
    assertThat(set.contains(random(rnd))).isFalse();
    assertThat(set.contains("not a digest")).isFalse();
  }

  @Test
  void digestsDifferingOnlyAfterTheFirstWordAreDistinctMembers() {
    Random rnd = new Random(4);
    DigestSet set = new DigestSet();
    List<ChunkDigest> twins = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      ChunkDigest d = withFirstWord(42, rnd);
      twins.add(d);
      assertThat(set.add(d)).isTrue();
    }
    for (ChunkDigest d : twins) {
      assertThat(set.add(d)).isFalse();
      assertThat(set.contains(d)).isTrue();
    }
    assertThat(set.contains(withFirstWord(42, rnd))).isFalse();
    assertThat(set).hasSize(3_000);
  }

  @Test
  void wordsRoundTripThroughTheDigest() {
    Random rnd = new Random(9);
    long[] words = new long[ChunkDigest.WORDS * 2];
    ChunkDigest d = random(rnd);
    d.copyWords(words, ChunkDigest.WORDS);
    assertThat(d.equalsWords(words, ChunkDigest.WORDS)).isTrue();
    assertThat(d.equalsWords(words, 0)).isFalse();
    assertThat(ChunkDigest.fromWords(words, ChunkDigest.WORDS)).isEqualTo(d);
    assertThat(ChunkDigest.fromWords(new long[ChunkDigest.WORDS], 0)).isSameAs(ChunkDigest.ZERO);
  }

  private static ChunkDigest random(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return ChunkDigest.of(b);
  }

  private static ChunkDigest withFirstWord(long first, Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    ByteBuffer.wrap(b).putLong(0, first);
    return ChunkDigest.of(b);
  }
}
