package dev.vireo.server.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token issued to a user. Only the SHA-256 of the token is stored, so a database dump does
 * not reveal usable tokens.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "user_id", nullable = false, length = 36)
  private String userId;

  @Column(name = "issued_at", nullable = false)
  private java.time.LocalDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private java.time.LocalDateTime expiresAt;

  protected ApiToken() {}

  public ApiToken(String tokenHash, String userId, Instant issuedAt, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.issuedAt = dev.vireo.server.shared.domain.Utc.column(issuedAt);
    this.expiresAt = dev.vireo.server.shared.domain.Utc.column(expiresAt);
  }

  public String userId() {
    return userId;
  }

  public Instant expiresAt() {
    return dev.vireo.server.shared.domain.Utc.instant(expiresAt);
  }

  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt());
  }
}
