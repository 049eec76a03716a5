package dev.vireo.backup.crypto;

import dev.vireo.backup.format.FormatConstants;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** AES-256-GCM with a random 96-bit nonce prepended to the ciphertext. */
final class Gcm {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Cipher lookup is costly; each thread keeps one instance and re-initialises it per unit. */
  private static final ThreadLocal<Cipher> CIPHERS =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES/GCM unavailable", e);
            }
          });

  private Gcm() {}

  static byte[] seal(byte[] key, byte[] plain, byte[] aad) {
    byte[] nonce = new byte[FormatConstants.GCM_NONCE_SIZE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce);
      c.updateAAD(aad);
      byte[] out = new byte[nonce.length + c.getOutputSize(plain.length)];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      c.doFinal(plain, 0, plain.length, out, nonce.length);
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Returns the plaintext, or throws {@link AEADBadTagException} if authentication fails (wrong
   * key, tampered or misplaced unit).
   */
  static byte[] open(byte[] key, byte[] sealed, byte[] aad) throws AEADBadTagException {
    int min = FormatConstants.GCM_NONCE_SIZE + FormatConstants.GCM_TAG_SIZE;
    if (sealed.length < min) {
      throw new AEADBadTagException("sealed unit too short");
    }
    byte[] nonce = Arrays.copyOf(sealed, FormatConstants.GCM_NONCE_SIZE);
    try {
      Cipher c = cipher(Cipher.DECRYPT_MODE, key, nonce);
      c.updateAAD(aad);
      return c.doFinal(sealed, nonce.length, sealed.length - nonce.length);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
    Cipher c = CIPHERS.get();
    c.init(
        mode,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(FormatConstants.GCM_TAG_SIZE * 8, nonce));
    return c;
  }
}
