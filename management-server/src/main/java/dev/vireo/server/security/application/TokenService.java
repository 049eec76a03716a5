package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.ApiToken;
import dev.vireo.server.security.domain.ApiTokenRepository;
import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Issues and checks opaque bearer tokens (256 random bits). Only their SHA-256 is stored. */
@ApplicationScoped
public class TokenService {
  /** How long a token stays valid. */
  public static final Duration LIFETIME = Duration.ofHours(8);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ApiTokenRepository tokens;
  @Inject UserAccountRepository users;

  /** A token and when it expires. */
  public record IssuedToken(String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
  }

  @Transactional
  public IssuedToken issue(String userId) {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String token = "vireo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    Instant now = Instant.now();
    Instant expires = now.plus(LIFETIME);
    tokens.add(new ApiToken(hash(token), userId, now, expires));
    return new IssuedToken(token, expires);
  }

  /** The enabled user a valid token belongs to. */
  @Transactional
  public Optional<UserAccount> authenticate(String token) {
    return tokens
        .findByHash(hash(token))
        .filter(t -> t.isValidAt(Instant.now()))
        .flatMap(t -> users.findById(t.userId()))
        .filter(UserAccount::enabled);
  }

  @Transactional
  public void revoke(String token) {
    tokens.removeByHash(hash(token));
  }

  static String hash(String token) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
