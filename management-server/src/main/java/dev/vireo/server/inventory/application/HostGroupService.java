package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostClusterRepository;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The host group tree: create, rename, move, delete (recursively on request). */
@ApplicationScoped
@Transactional
public class HostGroupService {
  @Inject HostGroupRepository groups;
  @Inject HostRepository hosts;
  @Inject HostClusterRepository clusters;
  @Inject VmRepository vms;
  @Inject InventoryAccess access;

  public HostGroup create(String parentId, String name, String description) {
    InventoryScope s = access.current();
    HostGroup parent = referenced(s, parentId, "parentId");
    requireWritable(s, parent);
    requireFreeName(parent.id(), name, null);
    HostGroup g = HostGroup.createUnder(parent, name, description);
    groups.add(g);
    return g;
  }

  public HostGroup get(String id) {
    return readable(access.current(), id);
  }

  public Page<HostGroup> list(
      Optional<String> parentId, Optional<String> nameContains, PageRequest page) {
    return groups.list(access.current(), parentId, nameContains, page);
  }

  /** Renames and/or moves a group; empty arguments leave that part unchanged. */
  public HostGroup update(
      String id,
      long expectedVersion,
      Optional<String> name,
      Optional<String> description,
      Optional<String> parentId) {
    InventoryScope s = access.current();
    HostGroup g = readable(s, id);
    requireWritable(s, g);
    Versions.check(expectedVersion, g.version());
    Optional<HostGroup> newParent =
        parentId
            .filter(p -> !p.equals(g.parentId().orElse(null)))
            .map(p -> referenced(s, p, "parentId"));
    String newName = name.orElse(g.name());
    String parentOfName = newParent.map(HostGroup::id).or(g::parentId).orElse(null);
    if (parentOfName != null && (newParent.isPresent() || !newName.equalsIgnoreCase(g.name()))) {
      requireFreeName(parentOfName, newName, g.id());
    }
    g.rename(newName, description.orElse(g.description()));
    if (newParent.isPresent()) {
      requireWritable(s, newParent.get());
      g.moveUnder(newParent.get(), groups.descendantsOf(g));
    }
    return g;
  }

  /**
   * Deletes a group. Without {@code recursive} it must be empty (no child groups, hosts or
   * clusters); with it, the whole subtree goes, with its clusters, hosts and their VMs. Groups that
   * a cloud is scoped to are never deleted.
   */
  public void delete(String id, long expectedVersion, boolean recursive) {
    InventoryScope s = access.current();
    HostGroup g = readable(s, id);
    requireWritable(s, g);
    Versions.check(expectedVersion, g.version());
    if (g.isRoot()) {
      throw new DomainException(
          InventoryError.INVENTORY_ROOT_HOST_GROUP,
          "'All Hosts' is the root of the tree and cannot be deleted.");
    }
    List<HostGroup> below = groups.descendantsOf(g);
    long contents = groups.countHostsAndClustersIn(g);
    if (!recursive && (!below.isEmpty() || contents > 0)) {
      throw new DomainException(
          InventoryError.INVENTORY_HOST_GROUP_NOT_EMPTY,
          "Host group '"
              + g.name()
              + "' holds "
              + below.size()
              + " host group(s) and "
              + contents
              + " host(s) or cluster(s); empty it first or delete with recursive=true.");
    }
    List<String> clouds = groups.cloudsScopedTo(g);
    if (!clouds.isEmpty()) {
      throw new DomainException(
          InventoryError.INVENTORY_IN_USE,
          "Host group '"
              + g.name()
              + "' (or a group below it) is in the scope of cloud(s) "
              + clouds
              + "; change their scope first.");
    }
    for (HostGroup d : below) {
      removeContents(d);
      groups.remove(d);
    }
    removeContents(g);
    groups.remove(g);
  }

  private void removeContents(HostGroup g) {
    for (Host h : hosts.inGroup(g.id())) {
      vms.onHost(h.id()).forEach(vms::remove);
      hosts.remove(h);
    }
    clusters.inGroup(g.id()).forEach(clusters::remove);
  }

  /** A group the caller may read, or 404. */
  HostGroup readable(InventoryScope s, String id) {
    return groups
        .findById(id)
        .filter(g -> s.mayReadGroup(g.path()))
        .orElseThrow(() -> notFound(id));
  }

  /** A group named in a request body: 422 when it does not exist or is out of sight. */
  HostGroup referenced(InventoryScope s, String id, String field) {
    if (id == null || id.isBlank()) {
      throw InventoryErrors.missingReference(field, "host group", "(none given)");
    }
    return groups
        .findById(id)
        .filter(g -> s.mayReadGroup(g.path()))
        .orElseThrow(() -> InventoryErrors.missingReference(field, "host group", id));
  }

  static void requireWritable(InventoryScope s, HostGroup g) {
    if (!s.mayWriteGroup(g.path())) {
      throw InventoryErrors.denied("host group '" + g.name() + "'");
    }
  }

  private void requireFreeName(String parentId, String name, String self) {
    if (name == null) {
      return;
    }
    InventoryErrors.requireFree(
        groups.findChild(parentId, name),
        self,
        o -> InventoryErrors.duplicate("host group", name, " in this parent group"));
  }

  static DomainException notFound(String id) {
    return InventoryErrors.notFound(
        InventoryError.INVENTORY_HOST_GROUP_NOT_FOUND, "host group", id);
  }
}
