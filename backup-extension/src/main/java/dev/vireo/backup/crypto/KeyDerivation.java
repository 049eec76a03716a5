package dev.vireo.backup.crypto;

import dev.vireo.backup.format.FormatConstants;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Derives the key-encryption key from a passphrase with Argon2id (BouncyCastle). */
public final class KeyDerivation {
  private KeyDerivation() {}

  public static byte[] deriveKey(char[] passphrase, KdfParams p) {
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
    byte[] key = new byte[FormatConstants.KEY_SIZE];
    byte[] pw = new String(passphrase).getBytes(StandardCharsets.UTF_8);
    gen.generateBytes(pw, key);
    java.util.Arrays.fill(pw, (byte) 0);
    return key;
  }
}
