package dev.vireo.backup.crypto;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.vireo.backup.format.FormatConstants;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce prepended to the ciphertext.
 *
 * <p>Bulk work ({@link Use#BULK}) gets AWS-LC through the Amazon Corretto Crypto Provider where
 * that loads (Linux x86_64): on this project's machines about five times the JDK 17's AES-GCM
 * encryption throughput, and native from the first byte, so no JIT warm-up; loading it costs ~0.2 s
 * once per process. A handful of small records ({@link Use#FEW}: a key unwrap, listing recovery
 * points) take the JDK's cipher as it comes. Elsewhere, or with {@code -Dvireo.backup.aesgcm=jdk},
 * the JDK's is used for everything. All produce the same bytes (standard GCM), so a repository does
 * not depend on which one wrote it.
 */
final class Gcm {
  /**
   * System property choosing the bulk implementation: {@code auto} (default), {@code accp}, {@code
   * jdk}.
   */
  static final String IMPLEMENTATION_PROPERTY = "vireo.backup.aesgcm";

  /** How much a caller is about to encrypt or decrypt. */
  enum Use {
    /** A few small units: not worth loading or compiling anything for. */
    FEW,
    /** Chunks and metadata of a backup, restore, verify or collection. */
    BULK
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Cipher lookup is costly; each thread keeps one instance per kind and re-initialises it. */
  private static final ThreadLocal<Cipher> JDK_CIPHERS =
      ThreadLocal.withInitial(() -> newCipher(null));

  private static final ThreadLocal<Cipher> BULK_CIPHERS =
      ThreadLocal.withInitial(() -> newCipher(Implementation.PROVIDER));

  private static final AtomicBoolean PREPARED = new AtomicBoolean();

  private Gcm() {}

  /** Chosen once, on first bulk use. */
  private static final class Implementation {
    /** The native provider, or null for the JDK's. */
    static final Provider PROVIDER = choose(System.getProperty(IMPLEMENTATION_PROPERTY, "auto"));

    private static Provider choose(String wanted) {
      if (wanted.equals("jdk")) {
        return null;
      }
      Throwable error;
      try {
        AmazonCorrettoCryptoProvider accp = AmazonCorrettoCryptoProvider.INSTANCE;
        error = accp.getLoadingError();
        if (error == null) {
          return accp;
        }
      } catch (LinkageError e) {
        error = e;
      }
      if (wanted.equals("accp")) {
        throw new IllegalStateException(
            "AES-GCM: the native provider (ACCP) does not load on this platform", error);
      }
      return null;
    }
  }

  /** The native provider if it loads here and is not switched off, else null. */
  static Provider nativeProvider() {
    return Implementation.PROVIDER;
  }

  /** Describes the bulk AES-GCM implementation, for diagnostics. */
  static String implementation() {
    Provider p = Implementation.PROVIDER;
    return p == null
        ? "JDK " + Runtime.version().feature()
        : "AWS-LC via " + p.getName() + " " + p.getVersionStr();
  }

  /**
   * Prepares bulk AES-GCM off the caller's thread: loads the native implementation or, where the
   * JDK's is used, gets the JIT to compile it (and so use its AES-NI/CLMUL intrinsics) before bulk
   * data arrives: interpreted GHASH runs at a few MB/s, which would dominate short CLI runs; many
   * tiny operations with a throw-away key reach the compile thresholds in a fraction of a second.
   */
  static void prepareInBackground() {
    if (!PREPARED.compareAndSet(false, true)) {
      return;
    }
    Thread t =
        new Thread(
            () -> {
              byte[] key = new byte[FormatConstants.KEY_SIZE];
              RANDOM.nextBytes(key);
              byte[] aad = new byte[8];
              byte[] data = new byte[256];
              int rounds = Implementation.PROVIDER == null ? 12_000 : 1;
              try {
                for (int i = 0; i < rounds; i++) {
                  open(Use.BULK, key, seal(Use.BULK, key, data, aad), aad);
                }
              } catch (AEADBadTagException e) {
                throw new IllegalStateException("AES-GCM self-test failed", e);
              }
            },
            "vireo-gcm-prepare");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY);
    t.start();
  }

  static byte[] seal(Use use, byte[] key, byte[] plain, byte[] aad) {
    return seal(use, key, plain, plain.length, aad);
  }

  /** Seals the first {@code len} bytes of {@code plain}. */
  static byte[] seal(Use use, byte[] key, byte[] plain, int len, byte[] aad) {
    byte[] out = new byte[sealedLength(len)];
    seal(use, key, plain, len, aad, out);
    return out;
  }

  /** The length of a sealed unit of {@code plainLength} bytes (nonce, ciphertext, tag). */
  static int sealedLength(int plainLength) {
    return FormatConstants.GCM_NONCE_SIZE + plainLength + FormatConstants.GCM_TAG_SIZE;
  }

  /**
   * Seals the first {@code len} bytes of {@code plain} into {@code out} from index 0 ({@link
   * #sealedLength} bytes, which it returns).
   */
  static int seal(Use use, byte[] key, byte[] plain, int len, byte[] aad, byte[] out) {
    byte[] nonce = new byte[FormatConstants.GCM_NONCE_SIZE];
    RANDOM.nextBytes(nonce);
    try {
      Cipher c = cipher(use, Cipher.ENCRYPT_MODE, key, nonce);
      c.updateAAD(aad);
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      return nonce.length + c.doFinal(plain, 0, len, out, nonce.length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Returns the plaintext, or throws {@link AEADBadTagException} if authentication fails (wrong
   * key, tampered or misplaced unit).
   */
  static byte[] open(Use use, byte[] key, byte[] sealed, byte[] aad) throws AEADBadTagException {
    int min = FormatConstants.GCM_NONCE_SIZE + FormatConstants.GCM_TAG_SIZE;
    byte[] out = new byte[Math.max(0, sealed.length - min)];
    open(use, key, sealed, sealed.length, aad, out);
    return out;
  }

  /**
   * Decrypts {@code sealed[0, len)} into {@code out} from index 0 and returns the plaintext length
   * ({@code len} minus nonce and tag; {@code out} must hold that many bytes).
   *
   * @throws AEADBadTagException if authentication fails (wrong key, tampered or misplaced unit)
   */
  static int open(Use use, byte[] key, byte[] sealed, int len, byte[] aad, byte[] out)
      throws AEADBadTagException {
    int min = FormatConstants.GCM_NONCE_SIZE + FormatConstants.GCM_TAG_SIZE;
    if (len < min) {
      throw new AEADBadTagException("sealed unit too short");
    }
    byte[] nonce = Arrays.copyOf(sealed, FormatConstants.GCM_NONCE_SIZE);
    try {
      Cipher c = cipher(use, Cipher.DECRYPT_MODE, key, nonce);
      c.updateAAD(aad);
      return c.doFinal(sealed, nonce.length, len - nonce.length, out, 0);
    } catch (AEADBadTagException e) {
      throw e;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private static Cipher newCipher(Provider p) {
    try {
      return p == null
          ? Cipher.getInstance("AES/GCM/NoPadding")
          : Cipher.getInstance("AES/GCM/NoPadding", p);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/GCM unavailable", e);
    }
  }

  private static Cipher cipher(Use use, int mode, byte[] key, byte[] nonce)
      throws GeneralSecurityException {
    Cipher c = (use == Use.BULK ? BULK_CIPHERS : JDK_CIPHERS).get();
    c.init(
        mode,
        new SecretKeySpec(key, "AES"),
        new GCMParameterSpec(FormatConstants.GCM_TAG_SIZE * 8, nonce));
    return c;
  }
}
