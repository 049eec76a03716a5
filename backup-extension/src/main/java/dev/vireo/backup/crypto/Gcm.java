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

  private static final java.util.concurrent.atomic.AtomicBoolean WARMED =
      new java.util.concurrent.atomic.AtomicBoolean();

  private Gcm() {}

  /**
   * Gets the JIT to compile AES-GCM (and so use its AES-NI/CLMUL intrinsics) before bulk data
   * arrives: interpreted GHASH runs at a few MB/s, which would dominate short CLI runs. Many tiny
   * operations with a throw-away key reach the compile thresholds in a fraction of a second.
   */
  static void warmUpInBackground() {
    if (!WARMED.compareAndSet(false, true)) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              byte[] key = new byte[FormatConstants.KEY_SIZE];
              RANDOM.nextBytes(key);
              byte[] aad = new byte[8];
              byte[] data = new byte[256];
              try {
                for (int i = 0; i < 12_000; i++) {
                  open(key, seal(key, data, aad), aad);
                }
              } catch (AEADBadTagException e) {
                throw new IllegalStateException("AES-GCM self-test failed", e);
              }
            },
            "vireo-gcm-warmup");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

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
