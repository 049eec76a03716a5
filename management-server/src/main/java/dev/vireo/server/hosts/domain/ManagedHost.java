package dev.vireo.server.hosts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Marks an inventory host as managed through a hypervisor driver: the server keeps a connection to
 * it, refreshes it and runs VM operations on it. Hosts registered by hand stay unmanaged.
 */
@Entity
@Table(name = "managed_host")
public class ManagedHost {
  @Id
  @Column(name = "host_id", length = 36, nullable = false, updatable = false)
  private String hostId;

  @Column(name = "driver_id", length = 64, nullable = false)
  private String driverId;

  @Column(name = "added_at", nullable = false, updatable = false)
  private LocalDateTime addedAt;

  @Column(name = "last_refresh_at")
  private LocalDateTime lastRefreshAt;

  protected ManagedHost() {}

  public static ManagedHost of(String hostId, String driverId) {
    ManagedHost m = new ManagedHost();
    m.hostId = Objects.requireNonNull(hostId);
    m.driverId = Objects.requireNonNull(driverId);
    m.addedAt = LocalDateTime.now(ZoneOffset.UTC);
    return m;
  }

  /** The host answered a refresh now. */
  public void refreshed() {
    lastRefreshAt = LocalDateTime.now(ZoneOffset.UTC);
  }

  public String hostId() {
    return hostId;
  }

  public String driverId() {
    return driverId;
  }
}
