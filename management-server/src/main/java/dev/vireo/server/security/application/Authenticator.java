package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks local credentials against the Argon2id hash. Because HTTP Basic sends the password with
 * every request and Argon2id is deliberately slow, a successful check is remembered for one minute
 * as an HMAC of the credentials under a per-process random key (like httpd's authn_socache); the
 * cache is cleared whenever any account changes.
 */
@ApplicationScoped
public class Authenticator {
  private static final long TTL_NANOS = 60_000_000_000L;
  private static final int MAX_ENTRIES = 10_000;

  @Inject UserAccountRepository users;
  @Inject PasswordHasher hasher;

  private final byte[] cacheKey = new byte[32];
  private final Map<String, Cached> verified = new ConcurrentHashMap<>();

  private record Cached(UserPrincipal principal, long expiresAt) {}

  public Authenticator() {
    new SecureRandom().nextBytes(cacheKey);
  }

  /** The enabled local user these credentials belong to, if they are right. */
  @Transactional
  public Optional<UserPrincipal> checkPassword(String name, char[] password) {
    String key = fingerprint(name, password);
    Cached c = verified.get(key);
    if (c != null && c.expiresAt - System.nanoTime() > 0) {
      return Optional.of(c.principal);
    }
    Optional<UserAccount> user = users.findByName(name).filter(UserAccount::enabled);
    if (user.isEmpty() || user.get().passwordHash().isEmpty()) {
      hasher.hash(password); // same cost as a real check, so timing does not reveal names
      return Optional.empty();
    }
    UserAccount u = user.get();
    if (!hasher.matches(password, u.passwordHash().get())) {
      return Optional.empty();
    }
    UserPrincipal p = new UserPrincipal(u.id(), u.name());
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear();
    }
    verified.put(key, new Cached(p, System.nanoTime() + TTL_NANOS));
    return Optional.of(p);
  }

  /** Forgets every remembered sign-in; called when a password changes or an account is disabled. */
  public void forgetVerifiedCredentials() {
    verified.clear();
  }

  private String fingerprint(String name, char[] password) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(cacheKey);
      d.update(name.getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      byte[] pw = SecretBytes.utf8(password);
      try {
        d.update(pw);
      } finally {
        Arrays.fill(pw, (byte) 0);
      }
      d.update(cacheKey);
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
