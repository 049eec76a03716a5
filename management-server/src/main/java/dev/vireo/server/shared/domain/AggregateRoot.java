package dev.vireo.server.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The root of an aggregate: a stable string identifier (a UUID chosen by the server, so ids are the
 * same on every engine and survive a logical export), an optimistic-lock version that is also the
 * entity tag, and creation and modification times.
 */
@MappedSuperclass
public abstract class AggregateRoot {
  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private java.time.LocalDateTime createdAt;

  @Column(name = "modified_at", nullable = false)
  private java.time.LocalDateTime modifiedAt;

  protected AggregateRoot() {}

  protected AggregateRoot(String id) {
    this.id = id;
  }

  /** A new random identifier. */
  public static String newId() {
    return UUID.randomUUID().toString();
  }

  @PrePersist
  void onCreate() {
    java.time.LocalDateTime now = Utc.now();
    createdAt = now;
    modifiedAt = now;
  }

  @PreUpdate
  void onUpdate() {
    modifiedAt = Utc.now();
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return Utc.instant(createdAt);
  }

  public Instant modifiedAt() {
    return Utc.instant(modifiedAt);
  }
}
