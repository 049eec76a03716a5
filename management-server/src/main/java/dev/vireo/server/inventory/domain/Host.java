package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A virtualization host: where it is, how to reach it, what it offers and how it is doing. Health
 * changes come from the host driver (or, until drivers exist, from the API) through intent-named
 * methods.
 */
@Entity
@Table(name = "host")
public class Host extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "address", nullable = false, length = 255)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "hypervisor_kind", nullable = false, length = 32)
  private HypervisorKind hypervisorKind;

  @Column(name = "connection_uri", nullable = false, length = 1024)
  private String connectionUri;

  @Column(name = "run_as_account_id", nullable = false, length = 36)
  private String runAsAccountId;

  @Column(name = "host_group_id", nullable = false, length = 36)
  private String hostGroupId;

  @Column(name = "cluster_id", length = 36)
  private String clusterId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private HostStatus status;

  @Column(name = "status_reason", length = 1024)
  private String statusReason;

  @Column(name = "cpu_cores", nullable = false)
  private int cpuCores;

  @Column(name = "memory_bytes", nullable = false)
  private long memoryBytes;

  @Column(name = "storage_bytes", nullable = false)
  private long storageBytes;

  protected Host() {}

  private Host(String id) {
    super(id);
  }

  /**
   * A newly added host. It starts {@link HostStatus#NEEDS_ATTENTION} ("not refreshed yet") until
   * its driver reports it responding.
   */
  public static Host register(HostSpec spec, HostGroup group, HostCapacity capacity) {
    capacity.check(spec.check(Validation.start()), "capacity.").throwIfInvalid();
    Host h = new Host(newId());
    h.describe(spec);
    h.hostGroupId = group.id();
    h.status = HostStatus.NEEDS_ATTENTION;
    h.statusReason = "Not refreshed yet";
    h.applyCapacity(capacity);
    return h;
  }

  /** Replaces the descriptive fields. */
  public void describe(HostSpec spec) {
    spec.check(Validation.start()).throwIfInvalid();
    name = spec.name();
    description = spec.description();
    address = spec.address();
    hypervisorKind = spec.kind();
    connectionUri = spec.connectionUri();
    runAsAccountId = spec.runAsAccountId();
  }

  public void reportCapacity(HostCapacity capacity) {
    capacity.check(Validation.start(), "capacity.").throwIfInvalid();
    applyCapacity(capacity);
  }

  private void applyCapacity(HostCapacity c) {
    cpuCores = c.cpuCores();
    memoryBytes = c.memoryBytes();
    storageBytes = c.storageBytes();
  }

  /** Moves the host to another group; a clustered host must stay inside its cluster's group. */
  public void moveTo(HostGroup group, Optional<HostGroup> clusterGroup) {
    if (clusterGroup.isPresent() && !clusterGroup.get().contains(group)) {
      throw new DomainException(
          InventoryError.INVENTORY_HOST_OUTSIDE_CLUSTER,
          "Host '"
              + name
              + "' is in a cluster of host group '"
              + clusterGroup.get().name()
              + "'; remove it from the cluster before moving it to '"
              + group.name()
              + "'.");
    }
    hostGroupId = group.id();
  }

  /** Joins {@code cluster}; the host's group must lie in the cluster's group subtree. */
  public void joinCluster(HostCluster cluster, HostGroup hostsGroup, HostGroup clusterGroup) {
    if (!clusterGroup.contains(hostsGroup) || !hostsGroup.id().equals(hostGroupId)) {
      throw new DomainException(
          InventoryError.INVENTORY_HOST_OUTSIDE_CLUSTER,
          "Host '"
              + name
              + "' is in host group '"
              + hostsGroup.name()
              + "', outside the subtree of '"
              + clusterGroup.name()
              + "' that cluster '"
              + cluster.name()
              + "' belongs to.");
    }
    clusterId = cluster.id();
  }

  public void leaveCluster() {
    clusterId = null;
  }

  public void markResponding() {
    if (status != HostStatus.MAINTENANCE) {
      setStatus(HostStatus.RESPONDING, null);
    }
  }

  public void markNotResponding(String reason) {
    setStatus(HostStatus.NOT_RESPONDING, reason);
  }

  public void markAccessDenied(String reason) {
    setStatus(HostStatus.ACCESS_DENIED, reason);
  }

  public void markNeedsAttention(String reason) {
    if (status != HostStatus.MAINTENANCE) {
      setStatus(HostStatus.NEEDS_ATTENTION, reason);
    }
  }

  /**
   * Puts the host in maintenance mode; health reports other than "not responding" keep it there.
   */
  public void enterMaintenance(String reason) {
    setStatus(
        HostStatus.MAINTENANCE, reason == null || reason.isBlank() ? "Maintenance mode" : reason);
  }

  /** Leaves maintenance; the host counts as responding until the next refresh says otherwise. */
  public void exitMaintenance() {
    if (status == HostStatus.MAINTENANCE) {
      setStatus(HostStatus.RESPONDING, null);
    }
  }

  private void setStatus(HostStatus s, String reason) {
    Validation.start().requireMaxLength(reason, 1024, "reason").throwIfInvalid();
    status = s;
    statusReason = reason;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String address() {
    return address;
  }

  public HypervisorKind hypervisorKind() {
    return hypervisorKind;
  }

  public String connectionUri() {
    return connectionUri;
  }

  public String runAsAccountId() {
    return runAsAccountId;
  }

  public String hostGroupId() {
    return hostGroupId;
  }

  public Optional<String> clusterId() {
    return Optional.ofNullable(clusterId);
  }

  public HostStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason == null ? "" : statusReason;
  }

  public HostCapacity capacity() {
    return new HostCapacity(cpuCores, memoryBytes, storageBytes);
  }
}
