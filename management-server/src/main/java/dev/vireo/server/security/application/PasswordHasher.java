package dev.vireo.server.security.application;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hashes and checks local passwords with Argon2id, computed by the reference C implementation
 * (through argon2-jvm, which bundles it). New hashes use the standard PHC string form ({@code
 * $argon2id$v=19$m=65536,t=1,p=4$salt$hash}) that carries its own parameters, so they can be raised
 * later without breaking stored hashes. Hashes written by builds that used Shiro's Argon2 ({@code
 * $shiro2$argon2id$v=19$t=..,m=..,p=..$salt$hash}) still verify.
 */
@ApplicationScoped
public class PasswordHasher {
  private static final Logger LOG = Logger.getLogger(PasswordHasher.class.getName());

  /** Minimum length of a local password. */
  public static final int MIN_LENGTH = 12;

  /** Parameters of new hashes: 64 MiB, one pass, four lanes (above OWASP's 46 MiB, one pass). */
  static final int MEMORY_KIB = 65_536;

  static final int ITERATIONS = 1;
  static final int PARALLELISM = 4;

  private static final String PHC_PREFIX = "$argon2id$";
  private static final String SHIRO_PREFIX = "$shiro2$argon2id$";

  /**
   * At most this many hashes are computed at once (each takes {@link #MEMORY_KIB} of native
   * memory): a burst of sign-ins, failed ones included, queues instead of exhausting memory.
   */
  static final int MAX_CONCURRENT = 4;

  private final Argon2Advanced argon2;
  private final Semaphore permits;

  public PasswordHasher() {
    this(Argon2Factory.createAdvanced(Argon2Types.ARGON2id), MAX_CONCURRENT);
  }

  PasswordHasher(Argon2Advanced argon2, int maxConcurrent) {
    this.argon2 = argon2;
    this.permits = new Semaphore(maxConcurrent, true);
  }

  public String hash(char[] password) {
    return limited(
        () -> argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, password, StandardCharsets.UTF_8));
  }

  private <T> T limited(Supplier<T> work) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to hash a password", e);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  /**
   * Whether {@code password} is the one {@code storedHash} was made from; false for any malformed
   * hash.
   */
  public boolean matches(char[] password, String storedHash) {
    try {
      if (storedHash.startsWith(PHC_PREFIX)) {
        return limited(() -> argon2.verify(storedHash, password, StandardCharsets.UTF_8));
      }
      if (storedHash.startsWith(SHIRO_PREFIX)) {
        return limited(() -> matchesShiroFormat(password, storedHash));
      }
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        return false; // shutting down while waiting for a permit
      }
      // A stored hash the library cannot decode: no match. Never log the hash itself.
      LOG.log(
          Level.WARNING,
          "VIREO-SEC-011 A stored password hash could not be read ({0})",
          e.getClass().getSimpleName());
    }
    return false;
  }

  /** {@code $shiro2$argon2id$v=19$t=1,m=65536,p=4$<salt>$<hash>}, base64 without padding. */
  private boolean matchesShiroFormat(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 7 || !"v=19".equals(parts[3])) {
      return false;
    }
    Map<String, Integer> params = new HashMap<>();
    for (String kv : parts[4].split(",")) {
      String[] p = kv.split("=", 2);
      if (p.length != 2) {
        return false;
      }
      params.put(p[0], Integer.parseInt(p[1]));
    }
    Integer t = params.get("t");
    Integer m = params.get("m");
    Integer p = params.get("p");
    if (t == null || m == null || p == null) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[5]);
    byte[] expected = Base64.getDecoder().decode(parts[6]);
    byte[] pw = SecretBytes.utf8(password);
    try {
      byte[] actual = argon2.pbkdf(t, m, p, pw, salt, expected.length);
      return MessageDigest.isEqual(expected, actual);
    } finally {
      Arrays.fill(pw, (byte) 0);
    }
  }

  /** Rejects passwords that are short or use only one kind of character. */
  public static void requireStrong(char[] password, String field) {
    String p = new String(password);
    int kinds = 0;
    kinds += p.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
    kinds += p.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
    kinds += p.chars().anyMatch(Character::isDigit) ? 1 : 0;
    kinds += p.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
    if (p.length() < MIN_LENGTH || kinds < 3) {
      throw new DomainException(
          SecurityError.WEAK_PASSWORD,
          "Use at least "
              + MIN_LENGTH
              + " characters from at least three of: lower case, upper case, digits, symbols.",
          List.of(new FieldError(field, "too weak")));
    }
  }
}
