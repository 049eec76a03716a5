package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Host groups. Implementations join the caller's transaction. */
public interface HostGroupRepository {
  Optional<HostGroup> findById(String id);

  /** The paths of the given groups, by id; unknown ids are left out. */
  Map<String, String> pathsOf(Collection<String> ids);

  Optional<HostGroup> findChild(String parentId, String name);

  /** Every group strictly below {@code group}, deepest first. */
  List<HostGroup> descendantsOf(HostGroup group);

  /** A page of the groups {@code scope} may read, optionally only children of a parent. */
  Page<HostGroup> list(
      InventoryScope scope,
      Optional<String> parentId,
      Optional<String> nameContains,
      PageRequest page);

  /** How many hosts and clusters lie in the subtree below and including {@code group}. */
  long countHostsAndClustersIn(HostGroup group);

  /** The names of clouds whose scope includes a group of the subtree of {@code group}. */
  List<String> cloudsScopedTo(HostGroup group);

  void add(HostGroup group);

  void remove(HostGroup group);
}
