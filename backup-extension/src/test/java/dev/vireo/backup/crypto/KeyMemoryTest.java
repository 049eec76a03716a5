package dev.vireo.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeyMemoryTest {
  private static final byte[] SALT = new byte[16];
  private static final KdfParams PARAMS = new KdfParams(64, 1, 1, SALT);

  private static byte[] key(int b) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) b);
    return k;
  }

  @Test
  void aKeyIsRecalledOnlyForTheSamePassphraseAndParameters() {
    KeyMemory m = new KeyMemory(Duration.ofHours(1));
    m.remember("right".toCharArray(), PARAMS, key(7));

    assertThat(m.recall("right".toCharArray(), PARAMS))
        .hasValueSatisfying(k -> assertThat(k).isEqualTo(key(7)));
    assertThat(m.recall("wrong".toCharArray(), PARAMS)).isEmpty();
    assertThat(m.recall("right".toCharArray(), new KdfParams(64, 2, 1, SALT))).isEmpty();
    byte[] otherSalt = new byte[16];
    otherSalt[0] = 1;
    assertThat(m.recall("right".toCharArray(), new KdfParams(64, 1, 1, otherSalt))).isEmpty();
  }

  @Test
  void recalledKeysAreCopiesAndTheCallersArrayIsNotKept() {
    KeyMemory m = new KeyMemory(Duration.ofHours(1));
    byte[] given = key(3);
    m.remember("p".toCharArray(), PARAMS, given);
    Arrays.fill(given, (byte) 0); // the caller wipes its copy
    byte[] first = m.recall("p".toCharArray(), PARAMS).orElseThrow();
    Arrays.fill(first, (byte) 0);
    assertThat(m.recall("p".toCharArray(), PARAMS))
        .hasValueSatisfying(k -> assertThat(k).isEqualTo(key(3)));
  }

  @Test
  void keysExpireAfterTheirTimeToLiveAndAZeroTtlRemembersNothing() {
    KeyMemory expiring = new KeyMemory(Duration.ofNanos(1));
    expiring.remember("p".toCharArray(), PARAMS, key(1));
    expiring.expire();
    assertThat(expiring.size()).isZero();
    assertThat(expiring.recall("p".toCharArray(), PARAMS)).isEmpty();

    KeyMemory none = new KeyMemory(Duration.ZERO);
    none.remember("p".toCharArray(), PARAMS, key(1));
    assertThat(none.enabled()).isFalse();
    assertThat(none.size()).isZero();
    assertThat(KeyMemory.NONE.recall("p".toCharArray(), PARAMS)).isEmpty();
  }

  @Test
  void atMostMaxEntriesAreKeptLeastRecentlyUsedFirstOut() {
    KeyMemory m = new KeyMemory(Duration.ofHours(1));
    m.remember("p0".toCharArray(), PARAMS, key(0));
    for (int i = 1; i <= KeyMemory.MAX_ENTRIES; i++) {
      m.recall("p0".toCharArray(), PARAMS); // p0 stays the most recently used
      m.remember(("p" + i).toCharArray(), PARAMS, key(i));
    }
    assertThat(m.size()).isEqualTo(KeyMemory.MAX_ENTRIES);
    assertThat(m.recall("p0".toCharArray(), PARAMS)).isPresent();
    assertThat(m.recall("p1".toCharArray(), PARAMS)).isEmpty(); // the least recently used went
    assertThat(m.recall(("p" + KeyMemory.MAX_ENTRIES).toCharArray(), PARAMS)).isPresent();
  }

  @Test
  void forgetAndClearRemoveKeys() {
    KeyMemory m = new KeyMemory(Duration.ofHours(1));
    m.remember("a".toCharArray(), PARAMS, key(1));
    m.remember("b".toCharArray(), PARAMS, key(2));
    m.forget("a".toCharArray(), PARAMS);
    assertThat(m.recall("a".toCharArray(), PARAMS)).isEmpty();
    assertThat(m.size()).isEqualTo(1);
    m.clear();
    assertThat(m.size()).isZero();
  }
}
