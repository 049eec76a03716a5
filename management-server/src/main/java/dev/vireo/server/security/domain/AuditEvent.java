package dev.vireo.server.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One mutating call: who did what to which object, when, from where and with what result.
 * Append-only.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {
  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "occurred_at", nullable = false)
  private java.time.LocalDateTime occurredAt;

  @Column(name = "principal", nullable = false, length = 128)
  private String principal;

  @Column(name = "action", nullable = false, length = 256)
  private String action;

  @Column(name = "target", length = 512)
  private String target;

  @Column(name = "outcome", nullable = false)
  private int outcome;

  @Column(name = "client_address", length = 64)
  private String clientAddress;

  @Column(name = "detail", length = 1024)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String principal,
      String action,
      String target,
      int outcome,
      String clientAddress,
      String detail) {
    this.id = UUID.randomUUID().toString();
    this.occurredAt = dev.vireo.server.shared.domain.Utc.column(occurredAt);
    this.principal = principal;
    this.action = action;
    this.target = target;
    this.outcome = outcome;
    this.clientAddress = clientAddress;
    this.detail = detail;
  }

  public String id() {
    return id;
  }

  public Instant occurredAt() {
    return dev.vireo.server.shared.domain.Utc.instant(occurredAt);
  }

  public String principal() {
    return principal;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target == null ? "" : target;
  }

  /** The HTTP status the call ended with. */
  public int outcome() {
    return outcome;
  }

  public String clientAddress() {
    return clientAddress == null ? "" : clientAddress;
  }

  public String detail() {
    return detail == null ? "" : detail;
  }
}
