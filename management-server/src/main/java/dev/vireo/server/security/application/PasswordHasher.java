package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

/**
 * Hashes and checks local passwords with Argon2id (Shiro's {@code shiro-hashes-argon2}), in Shiro's
 * self-describing {@code $shiro2$argon2id$...} format so parameters can be raised later without
 * breaking stored hashes.
 */
@ApplicationScoped
public class PasswordHasher {
  /** Minimum length of a local password. */
  public static final int MIN_LENGTH = 12;

  private final DefaultPasswordService service;

  public PasswordHasher() {
    DefaultHashService hashService = new DefaultHashService();
    hashService.setDefaultAlgorithmName("argon2id");
    service = new DefaultPasswordService();
    service.setHashService(hashService);
  }

  public String hash(char[] password) {
    return service.encryptPassword(new String(password));
  }

  public boolean matches(char[] password, String storedHash) {
    return service.passwordsMatch(new String(password), storedHash);
  }

  /** The Shiro password service, for the realm's credentials matcher. */
  public DefaultPasswordService shiroService() {
    return service;
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
