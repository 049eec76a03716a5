package dev.vireo.server.hosts.application;

import dev.vireo.server.inventory.application.HostGroupService;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.application.InventoryAccess;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.Vm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The inventory's access rules applied to host-management actions, checked when a job is submitted
 * (as the caller) and again when it runs (as its owner): hosts and their host groups need fabric
 * write scope; VMs need the inventory's VM write rule, which also admits Tenant and Application
 * Administrators within their clouds and ownership. Not visible → 404; visible but not writable →
 * 403.
 */
@ApplicationScoped
@Transactional
public class HostAccess {
  @Inject InventoryAccess access;
  @Inject HostRegistry hosts;
  @Inject VmRegistry vms;
  @Inject HostGroupService groupService;
  @Inject HostGroupRepository groups;
  @Inject HostRepository hostRepository;

  public Host writableHost(String hostId) {
    Host h = hosts.get(hostId);
    if (!access.current().mayWriteGroup(pathOf(h))) {
      throw InventoryErrors.denied("host '" + h.name() + "'");
    }
    return h;
  }

  public HostGroup writableGroup(String groupId) {
    HostGroup g = groupService.get(groupId);
    if (!access.current().mayWriteGroup(g.path())) {
      throw InventoryErrors.denied("host group '" + g.name() + "'");
    }
    return g;
  }

  public Vm writableVm(String vmId) {
    Vm vm = vms.get(vmId);
    InventoryScope s = access.current();
    Optional<String> path = vm.hostId().flatMap(this::hostPath);
    if (!s.mayWriteVm(path, vm.cloudId(), vm.ownerUserId())) {
      throw InventoryErrors.denied("VM '" + vm.name() + "'");
    }
    return vm;
  }

  private Optional<String> hostPath(String hostId) {
    return hostRepository.findById(hostId).map(this::pathOf);
  }

  private String pathOf(Host h) {
    return groups.findById(h.hostGroupId()).map(HostGroup::path).orElseThrow();
  }
}
