package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostCapacity;
import dev.vireo.server.inventory.domain.HostClusterRepository;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.HostSpec;
import dev.vireo.server.inventory.domain.HostStatus;
import dev.vireo.server.inventory.domain.HypervisorKind;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.security.domain.RunAsAccountRepository;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Hosts: registration, description, health and capacity. The REST API calls it today; the
 * driver-based host import and refresh will call the same methods (running as the system scope
 * through {@code CallerContext.runAs}).
 */
@ApplicationScoped
@Transactional
public class HostRegistry {
  @Inject HostRepository hosts;
  @Inject HostGroupRepository groups;
  @Inject HostClusterRepository clusters;
  @Inject VmRepository vms;
  @Inject RunAsAccountRepository runAsAccounts;
  @Inject HostGroupService groupService;
  @Inject InventoryAccess access;

  /** Changes to a host; empty fields stay as they are. */
  public record HostUpdate(
      Optional<String> name,
      Optional<String> description,
      Optional<String> address,
      Optional<HypervisorKind> kind,
      Optional<String> connectionUri,
      Optional<String> runAsAccountId,
      Optional<String> hostGroupId,
      Optional<HostCapacity> capacity) {}

  /** Adds a host to {@code hostGroupId}. Its name must be unique; its Run As account must exist. */
  public Host register(HostSpec spec, String hostGroupId, HostCapacity capacity) {
    Validation v = spec.check(Validation.start()).requireText(hostGroupId, "hostGroupId");
    capacity.check(v, "capacity.").throwIfInvalid();
    InventoryScope s = access.current();
    HostGroup g = groupService.referenced(s, hostGroupId, "hostGroupId");
    HostGroupService.requireWritable(s, g);
    requireRunAs(spec.runAsAccountId());
    requireFreeName(spec.name(), null);
    Host h = Host.register(spec, g, capacity);
    hosts.add(h);
    return h;
  }

  public Host get(String id) {
    return readable(access.current(), id);
  }

  public Page<Host> list(
      Optional<String> hostGroupId,
      Optional<HostStatus> status,
      Optional<String> clusterId,
      Optional<String> nameContains,
      PageRequest page) {
    InventoryScope s = access.current();
    Optional<String> path =
        hostGroupId.map(id -> groups.findById(id).map(HostGroup::path).orElse("/none/"));
    return hosts.list(s, new HostRepository.Filter(path, status, clusterId, nameContains), page);
  }

  public Host update(String id, long expectedVersion, HostUpdate u) {
    InventoryScope s = access.current();
    Host h = writable(s, id);
    Versions.check(expectedVersion, h.version());
    HostSpec spec =
        new HostSpec(
            u.name().orElse(h.name()),
            u.description().orElse(h.description()),
            u.address().orElse(h.address()),
            u.kind().orElse(h.hypervisorKind()),
            u.connectionUri().orElse(h.connectionUri()),
            u.runAsAccountId().orElse(h.runAsAccountId()));
    u.runAsAccountId().ifPresent(this::requireRunAs);
    u.name().ifPresent(n -> requireFreeName(n, h.id()));
    h.describe(spec);
    u.capacity().ifPresent(h::reportCapacity);
    if (u.hostGroupId().isPresent() && !u.hostGroupId().get().equals(h.hostGroupId())) {
      HostGroup target = groupService.referenced(s, u.hostGroupId().get(), "hostGroupId");
      HostGroupService.requireWritable(s, target);
      Optional<HostGroup> clusterGroup =
          h.clusterId().flatMap(clusters::findById).flatMap(c -> groups.findById(c.hostGroupId()));
      h.moveTo(target, clusterGroup);
    }
    return h;
  }

  /** Removes a host from the inventory; it must not hold VMs any more. */
  public void remove(String id, long expectedVersion) {
    Host h = writable(access.current(), id);
    Versions.check(expectedVersion, h.version());
    long count = vms.onHost(h.id()).size();
    if (count > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_NOT_EMPTY,
          "Host '" + h.name() + "' still holds " + count + " VM(s); remove or migrate them first.");
    }
    hosts.remove(h);
  }

  /** The driver reached the host and it is healthy. */
  public Host markResponding(String hostId) {
    Host h = writable(access.current(), hostId);
    h.markResponding();
    return h;
  }

  /** The driver cannot reach the host; its VMs' state is unknown from now on. */
  public Host markNotResponding(String hostId, String reason) {
    Host h = writable(access.current(), hostId);
    h.markNotResponding(reason);
    vms.onHost(h.id()).forEach(v -> v.hostStoppedResponding());
    return h;
  }

  /** The host refused the Run As account's credentials. */
  public Host markAccessDenied(String hostId, String reason) {
    Host h = writable(access.current(), hostId);
    h.markAccessDenied(reason);
    return h;
  }

  public Host markNeedsAttention(String hostId, String reason) {
    Host h = writable(access.current(), hostId);
    h.markNeedsAttention(reason);
    return h;
  }

  public Host enterMaintenance(String hostId, String reason) {
    Host h = writable(access.current(), hostId);
    h.enterMaintenance(reason);
    return h;
  }

  public Host exitMaintenance(String hostId) {
    Host h = writable(access.current(), hostId);
    h.exitMaintenance();
    return h;
  }

  /** The driver read the host's hardware. */
  public Host reportCapacity(String hostId, HostCapacity capacity) {
    Host h = writable(access.current(), hostId);
    h.reportCapacity(capacity);
    return h;
  }

  Host readable(InventoryScope s, String id) {
    return hosts
        .findById(id)
        .filter(h -> s.mayReadGroup(pathOf(h)))
        .orElseThrow(() -> notFound(id));
  }

  Host writable(InventoryScope s, String id) {
    Host h = readable(s, id);
    if (!s.mayWriteGroup(pathOf(h))) {
      throw InventoryErrors.denied("host '" + h.name() + "'");
    }
    return h;
  }

  /** The materialised path of the host's group. */
  String pathOf(Host h) {
    return groups.findById(h.hostGroupId()).map(HostGroup::path).orElseThrow();
  }

  private void requireRunAs(String runAsId) {
    if (runAsId == null || runAsAccounts.findById(runAsId).isEmpty()) {
      throw InventoryErrors.missingReference(
          "runAsAccountId", "Run As account", String.valueOf(runAsId));
    }
  }

  private void requireFreeName(String name, String self) {
    if (name == null) {
      return;
    }
    InventoryErrors.requireFree(
        hosts.findByName(name), self, o -> InventoryErrors.duplicate("host", name, ""));
  }

  static DomainException notFound(String id) {
    return InventoryErrors.notFound(InventoryError.INVENTORY_HOST_NOT_FOUND, "host", id);
  }
}
