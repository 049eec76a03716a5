package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.List;
import java.util.Optional;

/** Hosts. Implementations join the caller's transaction. */
public interface HostRepository {
  Optional<Host> findById(String id);

  Optional<Host> findByName(String name);

  /** Filters of the host list; empty means "any". */
  record Filter(
      Optional<String> hostGroupSubtreePath,
      Optional<HostStatus> status,
      Optional<String> clusterId,
      Optional<String> nameContains) {}

  Page<Host> list(InventoryScope scope, Filter filter, PageRequest page);

  List<Host> inCluster(String clusterId);

  List<Host> inGroup(String hostGroupId);

  /**
   * The first host by name in the given subtrees that can take a new VM (not in maintenance,
   * responding or not yet refreshed).
   */
  Optional<Host> firstAvailableIn(java.util.Collection<String> groupPaths);

  long countVmsOn(String hostId);

  /** Names of up to {@code limit} hosts that log in with the Run As account. */
  java.util.List<String> namesUsingRunAs(String runAsAccountId, int limit);

  void add(Host host);

  void remove(Host host);
}
