package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Utc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

/** One entry of a VM's placement history; written once, never changed. */
@Entity
@Table(name = "vm_placement")
public class VmPlacement {
  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "vm_id", nullable = false, length = 36, updatable = false)
  private String vmId;

  @Column(name = "from_host_id", length = 36, updatable = false)
  private String fromHostId;

  @Column(name = "to_host_id", length = 36, updatable = false)
  private String toHostId;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private LocalDateTime placedAt;

  @Column(name = "storage_moved", nullable = false, updatable = false)
  private boolean storageMoved;

  @Enumerated(EnumType.STRING)
  @Column(name = "initiator", nullable = false, length = 16, updatable = false)
  private PlacementInitiator initiator;

  @Column(name = "initiated_by", nullable = false, length = 128, updatable = false)
  private String initiatedBy;

  protected VmPlacement() {}

  public static VmPlacement of(VmPlaced e) {
    VmPlacement p = new VmPlacement();
    p.id = AggregateRoot.newId();
    p.vmId = e.vmId();
    p.fromHostId = e.fromHostId().orElse(null);
    p.toHostId = e.toHostId().orElse(null);
    p.placedAt = Utc.column(e.at());
    p.storageMoved = e.storageMoved();
    p.initiator = e.initiator();
    p.initiatedBy = e.initiatedBy();
    return p;
  }

  public String id() {
    return id;
  }

  public String vmId() {
    return vmId;
  }

  public Optional<String> fromHostId() {
    return Optional.ofNullable(fromHostId);
  }

  public Optional<String> toHostId() {
    return Optional.ofNullable(toHostId);
  }

  public Instant placedAt() {
    return Utc.instant(placedAt);
  }

  public boolean storageMoved() {
    return storageMoved;
  }

  public PlacementInitiator initiator() {
    return initiator;
  }

  public String initiatedBy() {
    return initiatedBy;
  }
}
