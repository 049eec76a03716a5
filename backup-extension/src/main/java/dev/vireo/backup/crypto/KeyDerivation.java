package dev.vireo.backup.crypto;

import dev.vireo.backup.format.FormatConstants;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives the key-encryption key from a passphrase with Argon2id: the reference C library where it
 * is installed ({@link NativeArgon2}), else BouncyCastle. Both give the same key.
 */
public final class KeyDerivation {
  private KeyDerivation() {}

  public static byte[] deriveKey(char[] passphrase, KdfParams p) {
    byte[] pw = new String(passphrase).getBytes(StandardCharsets.UTF_8);
    try {
      byte[] key = new byte[FormatConstants.KEY_SIZE];
      Optional<NativeArgon2> nativeKdf = NativeArgon2.load();
      if (nativeKdf.isPresent()) {
        nativeKdf.get().hash(pw, p, key);
      } else {
        deriveWithBouncyCastle(pw, p, key);
      }
      return key;
    } finally {
      Arrays.fill(pw, (byte) 0);
    }
  }

  static void deriveWithBouncyCastle(byte[] pw, KdfParams p, byte[] key) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(p.memoryKiB())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .withSalt(p.salt())
            .build();
    Argon2BytesGenerator gen = new Argon2BytesGenerator();
    gen.init(params);
    gen.generateBytes(pw, key);
  }
}
