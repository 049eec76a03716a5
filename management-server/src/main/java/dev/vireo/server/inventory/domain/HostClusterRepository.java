package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** Host clusters. Implementations join the caller's transaction. */
public interface HostClusterRepository {
  Optional<HostCluster> findById(String id);

  Optional<HostCluster> findByName(String name);

  Page<HostCluster> list(
      InventoryScope scope,
      Optional<String> hostGroupSubtreePath,
      Optional<String> nameContains,
      PageRequest page);

  java.util.List<HostCluster> inGroup(String hostGroupId);

  void add(HostCluster cluster);

  void remove(HostCluster cluster);
}
