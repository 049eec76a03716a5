package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A host cluster. Membership is held by the hosts ({@link Host#joinCluster}); every member lies in
 * the subtree of the cluster's host group.
 */
@Entity
@Table(name = "host_cluster")
public class HostCluster extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "host_group_id", nullable = false, length = 36)
  private String hostGroupId;

  protected HostCluster() {}

  private HostCluster(String id) {
    super(id);
  }

  public static HostCluster create(String name, String description, HostGroup group) {
    HostCluster c = new HostCluster(newId());
    c.rename(name, description);
    c.hostGroupId = group.id();
    return c;
  }

  public void rename(String newName, String newDescription) {
    Validation.start()
        .requireName(newName, "name")
        .requireMaxLength(newDescription, 1024, "description")
        .throwIfInvalid();
    name = newName;
    description = newDescription;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String hostGroupId() {
    return hostGroupId;
  }
}
