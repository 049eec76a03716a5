package dev.vireo.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {
  @Test
  void theNativeLibraryIsInstalled_asBinTestAllEnsures() {
    assertThat(NativeArgon2.load()).isPresent();
  }

  @Test
  void nativeAndBouncyCastleArgon2id_deriveTheSameKeys() {
    Random rnd = new Random(5);
    int[][] settings = {{8, 1, 1}, {64, 2, 1}, {256, 1, 2}, {1024, 3, 4}, {46 * 1024, 1, 1}};
    for (int[] s : settings) {
      byte[] salt = new byte[16];
      rnd.nextBytes(salt);
      KdfParams p = new KdfParams(s[0], s[1], s[2], salt);
      byte[] pw = ("pässwort-" + s[0]).getBytes(StandardCharsets.UTF_8);
      byte[] viaNative = new byte[32];
      NativeArgon2.load().orElseThrow().hash(pw, p, viaNative);
      byte[] viaJava = new byte[32];
      KeyDerivation.deriveWithBouncyCastle(pw, p, viaJava);
      assertThat(viaNative).as("m=%d t=%d p=%d", s[0], s[1], s[2]).isEqualTo(viaJava);
    }
  }

  @Test
  void deriveKey_isDeterministic_andDependsOnTheSalt() {
    byte[] salt = new byte[16];
    KdfParams a = new KdfParams(1024, 1, 1, salt);
    salt[0] = 1;
    KdfParams b = new KdfParams(1024, 1, 1, salt);
    char[] pass = "correct horse".toCharArray();
    assertThat(KeyDerivation.deriveKey(pass, a)).isEqualTo(KeyDerivation.deriveKey(pass, a));
    assertThat(KeyDerivation.deriveKey(pass, a)).isNotEqualTo(KeyDerivation.deriveKey(pass, b));
  }
}
