package dev.vireo.backup.crypto;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;

/** The repository's random data key and its wrapping under a passphrase-derived key. */
public final class MasterKey {
  private static final byte[] WRAP_AAD = "config-key".getBytes(StandardCharsets.US_ASCII);
  private final byte[] key;

  private MasterKey(byte[] key) {
    this.key = key;
  }

  public static MasterKey generate() {
    byte[] k = new byte[FormatConstants.KEY_SIZE];
    new SecureRandom().nextBytes(k);
    return new MasterKey(k);
  }

  /** Wraps the key (one small unit: the JDK's AES-GCM, not waiting for the bulk one to load). */
  public byte[] wrap(byte[] kek) {
    return Gcm.seal(Gcm.Use.FEW, kek, key, WRAP_AAD);
  }

  /** Unwraps the key; a failed authentication means the passphrase is wrong. */
  public static MasterKey unwrap(byte[] kek, byte[] wrapped) {
    try {
      byte[] k = Gcm.open(Gcm.Use.FEW, kek, wrapped, WRAP_AAD);
      if (k.length != FormatConstants.KEY_SIZE) {
        throw new BackupException(ErrorCode.CORRUPT_CONFIG, "config: wrapped key has bad size");
      }
      return new MasterKey(k);
    } catch (AEADBadTagException e) {
      throw new BackupException(
          ErrorCode.WRONG_PASSPHRASE, "wrong passphrase for this repository", e);
    }
  }

  byte[] bytes() {
    return key;
  }
}
