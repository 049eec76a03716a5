package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cloud: a slice of the fabric (host groups and library shares) offered to tenants, with capacity
 * quotas. Its usage is the footprint of the VMs placed in it; the cloud admits a VM only on a host
 * inside its host-group scope and only within quota.
 */
@Entity
@Table(name = "cloud")
public class Cloud extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cloud_host_group", joinColumns = @JoinColumn(name = "cloud_id"))
  @Column(name = "host_group_id", length = 36)
  private Set<String> hostGroupIds = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cloud_library_share", joinColumns = @JoinColumn(name = "cloud_id"))
  @Column(name = "library_share_id", length = 36)
  private Set<String> libraryShareIds = new HashSet<>();

  @Embedded private CloudQuota quota = CloudQuota.unlimited();

  protected Cloud() {}

  private Cloud(String id) {
    super(id);
  }

  public static Cloud create(String name, String description, CloudQuota quota) {
    Cloud c = new Cloud(newId());
    c.describe(name, description);
    c.resize(quota, VmFootprint.NONE);
    return c;
  }

  public void describe(String newName, String newDescription) {
    Validation.start()
        .requireName(newName, "name")
        .requireMaxLength(newDescription, 1024, "description")
        .throwIfInvalid();
    name = newName;
    description = newDescription;
  }

  /**
   * Replaces the scope. The caller has checked that the groups and shares exist, and that no VM of
   * the cloud would end up outside the new host groups.
   */
  public void scopeTo(Collection<HostGroup> groups, Collection<String> shareIds) {
    hostGroupIds = new HashSet<>(groups.stream().map(HostGroup::id).toList());
    libraryShareIds = new HashSet<>(shareIds);
  }

  /** Changes the quota; it may not drop below what the cloud already uses. */
  public void resize(CloudQuota newQuota, VmFootprint usage) {
    newQuota.check(Validation.start()).throwIfInvalid();
    List<String> over = newQuota.exceededBy(usage);
    if (!over.isEmpty()) {
      throw new DomainException(
          InventoryError.INVENTORY_QUOTA_BELOW_USAGE,
          "Cloud '"
              + name
              + "' already uses more than the new quota: "
              + String.join(", ", over)
              + ".");
    }
    quota = newQuota;
  }

  /**
   * Checks that a VM on a host of {@code hostsGroup} may be in this cloud and that the cloud's
   * usage may change from {@code usage} by {@code before → after} (the VM's footprint before and
   * after the change; {@link VmFootprint#NONE} when it enters the cloud).
   *
   * @param scopePaths the paths of this cloud's host groups
   */
  public void admit(
      String vmName,
      HostGroup hostsGroup,
      Collection<String> scopePaths,
      VmFootprint usage,
      VmFootprint before,
      VmFootprint after) {
    if (scopePaths.stream().noneMatch(p -> hostsGroup.path().startsWith(p))) {
      throw new DomainException(
          InventoryError.INVENTORY_HOST_OUTSIDE_CLOUD,
          "VM '"
              + vmName
              + "' is on a host in host group '"
              + hostsGroup.name()
              + "', which is outside the host groups of cloud '"
              + name
              + "'.");
    }
    List<String> over = quota().exceededBy(usage.minus(before).plus(after));
    if (!over.isEmpty()) {
      throw new DomainException(
          InventoryError.INVENTORY_QUOTA_EXCEEDED,
          "VM '"
              + vmName
              + "' does not fit in cloud '"
              + name
              + "': "
              + String.join(", ", over)
              + ".");
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public Set<String> hostGroupIds() {
    return Set.copyOf(hostGroupIds);
  }

  public Set<String> libraryShareIds() {
    return Set.copyOf(libraryShareIds);
  }

  public CloudQuota quota() {
    return quota == null ? CloudQuota.unlimited() : quota;
  }
}
