package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Virtual machines and their placement history. Implementations join the caller's transaction. */
public interface VmRepository {
  Optional<Vm> findById(String id);

  Optional<Vm> findOnHostByName(String hostId, String name);

  Optional<Vm> findOnHostByHypervisorId(String hostId, String hypervisorId);

  /** Filters of the VM list; empty means "any". */
  record Filter(
      Optional<String> hostGroupSubtreePath,
      Optional<String> hostId,
      Optional<String> cloudId,
      Optional<VmStatus> status,
      Optional<String> ownerUserId,
      Optional<String> nameContains) {}

  Page<Vm> list(InventoryScope scope, Filter filter, PageRequest page);

  List<Vm> onHost(String hostId);

  /** The summed footprint of the VMs in a cloud. */
  VmFootprint usageOf(String cloudId);

  /** How many VMs of a cloud run on hosts outside the subtrees of {@code groupPaths}. */
  long countInCloudOutside(String cloudId, Collection<String> groupPaths);

  void add(Vm vm);

  void remove(Vm vm);

  void addPlacement(VmPlacement placement);

  Page<VmPlacement> placements(String vmId, PageRequest page);
}
