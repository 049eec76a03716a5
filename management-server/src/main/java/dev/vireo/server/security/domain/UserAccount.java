package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A person or service that signs in. Local accounts carry a password hash (Argon2id); accounts from
 * an identity provider (Keycloak) carry none and are matched by name.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends AggregateRoot {

  /** Where the account's credentials live. */
  public enum Source {
    LOCAL,
    OIDC
  }

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "display_name", length = 256)
  private String displayName;

  @Column(name = "password_hash", length = 512)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 16)
  private Source source;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  protected UserAccount() {}

  private UserAccount(String id, String name, String displayName, Source source) {
    super(id);
    this.name = name;
    this.displayName = displayName;
    this.source = source;
    this.enabled = true;
  }

  /** A new local account with an already hashed password. */
  public static UserAccount local(String name, String displayName, String passwordHash) {
    UserAccount u = new UserAccount(newId(), name, displayName, Source.LOCAL);
    u.passwordHash = passwordHash;
    return u;
  }

  /** An account whose credentials an identity provider checks. */
  public static UserAccount external(String name, String displayName) {
    return new UserAccount(newId(), name, displayName, Source.OIDC);
  }

  public void changePassword(String newHash, boolean temporary) {
    this.passwordHash = newHash;
    this.mustChangePassword = temporary;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public String name() {
    return name;
  }

  public String displayName() {
    return displayName == null ? name : displayName;
  }

  public java.util.Optional<String> passwordHash() {
    return java.util.Optional.ofNullable(passwordHash);
  }

  public boolean enabled() {
    return enabled;
  }

  public Source source() {
    return source;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }
}
