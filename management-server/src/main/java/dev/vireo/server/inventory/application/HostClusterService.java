package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostCluster;
import dev.vireo.server.inventory.domain.HostClusterRepository;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Host clusters and their members. */
@ApplicationScoped
@Transactional
public class HostClusterService {
  @Inject HostClusterRepository clusters;
  @Inject HostRepository hosts;
  @Inject HostGroupRepository groups;
  @Inject HostGroupService groupService;
  @Inject HostRegistry hostRegistry;
  @Inject InventoryAccess access;

  /** A cluster with its members. */
  public record ClusterView(HostCluster cluster, List<String> hostIds) {}

  public ClusterView create(
      String name, String description, String hostGroupId, Collection<String> hostIds) {
    Validation.start()
        .requireName(name, "name")
        .requireMaxLength(description, 1024, "description")
        .requireText(hostGroupId, "hostGroupId")
        .throwIfInvalid();
    InventoryScope s = access.current();
    HostGroup g = groupService.referenced(s, hostGroupId, "hostGroupId");
    HostGroupService.requireWritable(s, g);
    requireFreeName(name, null);
    HostCluster c = HostCluster.create(name, description, g);
    clusters.add(c);
    setMembers(s, c, g, hostIds);
    return view(c);
  }

  public ClusterView get(String id) {
    return view(readable(access.current(), id));
  }

  public Page<ClusterView> list(
      Optional<String> hostGroupId, Optional<String> nameContains, PageRequest page) {
    Optional<String> path =
        hostGroupId.map(id -> groups.findById(id).map(HostGroup::path).orElse("/none/"));
    return clusters.list(access.current(), path, nameContains, page).map(this::view);
  }

  /** Renames the cluster and, when {@code hostIds} is given, replaces its members. */
  public ClusterView update(
      String id,
      long expectedVersion,
      Optional<String> name,
      Optional<String> description,
      Optional<? extends Collection<String>> hostIds) {
    InventoryScope s = access.current();
    HostCluster c = writable(s, id);
    Versions.check(expectedVersion, c.version());
    name.ifPresent(n -> requireFreeName(n, c.id()));
    c.rename(name.orElse(c.name()), description.orElse(c.description()));
    if (hostIds.isPresent()) {
      setMembers(s, c, groups.findById(c.hostGroupId()).orElseThrow(), hostIds.get());
    }
    return view(c);
  }

  /** Deletes the cluster; its hosts stay, outside any cluster. */
  public void delete(String id, long expectedVersion) {
    HostCluster c = writable(access.current(), id);
    Versions.check(expectedVersion, c.version());
    hosts.inCluster(c.id()).forEach(Host::leaveCluster);
    clusters.remove(c);
  }

  private void setMembers(
      InventoryScope s, HostCluster c, HostGroup clusterGroup, Collection<String> hostIds) {
    Set<String> wanted = new HashSet<>(hostIds == null ? List.of() : hostIds);
    for (Host h : hosts.inCluster(c.id())) {
      if (!wanted.contains(h.id())) {
        h.leaveCluster();
      }
    }
    for (String hostId : wanted) {
      Host h =
          hosts
              .findById(hostId)
              .filter(x -> s.mayReadGroup(hostRegistry.pathOf(x)))
              .orElseThrow(() -> InventoryErrors.missingReference("hostIds", "host", hostId));
      if (h.clusterId().isPresent() && !h.clusterId().get().equals(c.id())) {
        throw new DomainException(
            InventoryError.INVENTORY_IN_USE,
            "Host '" + h.name() + "' already belongs to another cluster; remove it there first.");
      }
      h.joinCluster(c, groups.findById(h.hostGroupId()).orElseThrow(), clusterGroup);
    }
  }

  private ClusterView view(HostCluster c) {
    return new ClusterView(c, hosts.inCluster(c.id()).stream().map(Host::id).sorted().toList());
  }

  private HostCluster readable(InventoryScope s, String id) {
    return clusters
        .findById(id)
        .filter(c -> s.mayReadGroup(pathOfGroup(c.hostGroupId())))
        .orElseThrow(() -> notFound(id));
  }

  private HostCluster writable(InventoryScope s, String id) {
    HostCluster c = readable(s, id);
    if (!s.mayWriteGroup(pathOfGroup(c.hostGroupId()))) {
      throw InventoryErrors.denied("host cluster '" + c.name() + "'");
    }
    return c;
  }

  private String pathOfGroup(String groupId) {
    return groups.findById(groupId).map(HostGroup::path).orElseThrow();
  }

  private void requireFreeName(String name, String self) {
    InventoryErrors.requireFree(
        clusters.findByName(name), self, o -> InventoryErrors.duplicate("host cluster", name, ""));
  }

  private static DomainException notFound(String id) {
    return InventoryErrors.notFound(
        InventoryError.INVENTORY_HOST_CLUSTER_NOT_FOUND, "host cluster", id);
  }
}
