package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Cloud;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.PlacementInitiator;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmFootprint;
import dev.vireo.server.inventory.domain.VmHardware;
import dev.vireo.server.inventory.domain.VmPlaced;
import dev.vireo.server.inventory.domain.VmPlacement;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Virtual machines: registration, changes, placement and status. The REST API calls it today; the
 * driver-based import and refresh will call {@link #register}, {@link #recordPlacement}, {@link
 * #markMissing} and {@link #reportStatus}. Every host change is stored in the placement history and
 * fired as {@link VmPlacementChanged}.
 */
@ApplicationScoped
@Transactional
public class VmRegistry {
  private static final Logger LOG = Logger.getLogger(VmRegistry.class.getName());

  @Inject VmRepository vms;
  @Inject HostRepository hosts;
  @Inject HostGroupRepository groups;
  @Inject CloudService cloudService;
  @Inject InventoryAccess access;
  @Inject Event<VmPlacementChanged> placementChanged;

  /**
   * A VM to register.
   *
   * @param hostId the host it is on; empty to let the server pick a host of {@code cloudId}
   * @param hypervisorId the hypervisor's id; empty to reuse the Vireo id
   * @param ownerUserId the self-service owner; forced to the caller for self-service users
   */
  public record VmRegistration(
      String name,
      String description,
      Optional<String> hypervisorId,
      Optional<String> hostId,
      Optional<String> cloudId,
      VmHardware hardware,
      VmStatus status,
      Optional<String> ownerUserId,
      PlacementInitiator initiator) {}

  /** Changes to a VM; empty fields stay as they are. {@code cloudId} of "" leaves the cloud. */
  public record VmUpdate(
      Optional<String> name,
      Optional<String> description,
      Optional<VmHardware> hardware,
      Optional<String> cloudId,
      Optional<String> hostId,
      boolean storageMoved,
      Optional<VmStatus> status) {}

  public Vm register(VmRegistration r) {
    return register(AggregateRoot.newId(), r);
  }

  /**
   * {@link #register} keeping the Vireo id a hypervisor domain already carries in its metadata
   * (used by host import and refresh).
   */
  public Vm registerWithId(String vmId, VmRegistration r) {
    if (vms.findById(vmId).isPresent()) {
      throw InventoryErrors.duplicate("VM", vmId, " (a VM with this id exists)");
    }
    return register(vmId, r);
  }

  private Vm register(String vmId, VmRegistration r) {
    Validation v =
        Validation.start()
            .requireName(r.name(), "name")
            .requireMaxLength(r.description(), 1024, "description");
    r.hardware().check(v);
    v.require(
            r.hostId().isPresent() || r.cloudId().isPresent(),
            "hostId",
            "give a host, or a cloud to place the VM in")
        .throwIfInvalid();
    InventoryScope s = access.current();
    Optional<Cloud> cloud = r.cloudId().map(c -> cloudService.referenced(s, c));
    Host host =
        r.hostId()
            .map(h -> referencedHost(s, h, cloud))
            .orElseGet(() -> cloudService.pickHost(cloud.orElseThrow(), r.name()));
    Optional<String> owner =
        s.selfServiceOnly(r.cloudId()) ? Optional.of(s.userId()) : r.ownerUserId();
    String path = pathOf(host);
    if (!s.mayWriteVm(Optional.of(path), r.cloudId(), owner)) {
      throw InventoryErrors.denied(
          "VMs on host '"
              + host.name()
              + "'"
              + cloud.map(c -> " or in cloud '" + c.name() + "'").orElse(""));
    }
    requireFree(host, r.name(), r.hypervisorId(), null);
    Vm vm =
        Vm.registerAs(
            vmId,
            r.name(),
            r.description(),
            r.hypervisorId(),
            host,
            r.hardware(),
            r.status(),
            owner,
            r.initiator(),
            access.callerName());
    cloud.ifPresent(
        c ->
            cloudService.admit(
                c,
                vm.name(),
                hostGroup(host),
                cloudService.usage(c),
                VmFootprint.NONE,
                vm.footprint()));
    vm.assignToCloud(cloud.map(Cloud::id));
    vms.add(vm);
    publish(vm);
    return vm;
  }

  public Vm get(String id) {
    return readable(access.current(), id);
  }

  public Page<Vm> list(VmFilter f, PageRequest page) {
    Optional<String> path =
        f.hostGroupId().map(id -> groups.findById(id).map(HostGroup::path).orElse("/none/"));
    return vms.list(
        access.current(),
        new VmRepository.Filter(
            path, f.hostId(), f.cloudId(), f.status(), f.ownerUserId(), f.nameContains()),
        page);
  }

  /** Filters of the VM list; empty means "any". */
  public record VmFilter(
      Optional<String> hostGroupId,
      Optional<String> hostId,
      Optional<String> cloudId,
      Optional<VmStatus> status,
      Optional<String> ownerUserId,
      Optional<String> nameContains) {}

  public Vm update(String id, long expectedVersion, VmUpdate u) {
    InventoryScope s = access.current();
    Vm vm = writable(s, id);
    Versions.check(expectedVersion, vm.version());
    Optional<String> cloudId =
        u.cloudId()
            .map(c -> c.isBlank() ? Optional.<String>empty() : Optional.of(c))
            .orElse(vm.cloudId());
    // The VM's current cloud keeps applying even when the caller cannot read it (a Fabric
    // Administrator changing a tenant's VM); a new cloud must be visible to the caller.
    InventoryScope cloudSight =
        cloudId.equals(vm.cloudId()) ? InventoryScope.unrestricted(s.userId()) : s;
    Optional<Cloud> cloud = cloudId.map(c -> cloudService.referenced(cloudSight, c));
    VmFootprint usage = cloud.map(cloudService::usage).orElse(VmFootprint.NONE);
    VmFootprint before = cloudId.equals(vm.cloudId()) ? vm.footprint() : VmFootprint.NONE;
    if (u.name().isPresent() || u.description().isPresent()) {
      u.name()
          .filter(n -> !n.equalsIgnoreCase(vm.name()))
          .ifPresent(
              n ->
                  vm.hostId()
                      .flatMap(hosts::findById)
                      .ifPresent(h -> requireFree(h, n, Optional.empty(), vm.id())));
      vm.describe(u.name().orElse(vm.name()), u.description().orElse(vm.description()));
    }
    u.hardware().ifPresent(vm::reconfigure);
    if (u.hostId().isPresent() && !u.hostId().equals(vm.hostId())) {
      Host to = referencedHost(s, u.hostId().get(), Optional.empty());
      requireFree(to, vm.name(), Optional.of(vm.hypervisorId()), vm.id());
      vm.placeOn(to, u.storageMoved(), PlacementInitiator.VIREO, access.callerName());
    }
    u.status().ifPresent(vm::reportStatus);
    cloud.ifPresent(
        c ->
            vm.hostId()
                .flatMap(hosts::findById)
                .ifPresent(
                    h ->
                        cloudService.admit(
                            c, vm.name(), hostGroup(h), usage, before, vm.footprint())));
    vm.assignToCloud(cloudId);
    if (!s.mayWriteVm(
        vm.hostId().flatMap(hosts::findById).map(this::pathOf), vm.cloudId(), vm.ownerUserId())) {
      throw InventoryErrors.denied("the VM's new host or cloud");
    }
    publish(vm);
    return vm;
  }

  /**
   * Records that a VM is now on {@code toHostId} (a migration Vireo ran, or one it observed).
   * Nothing is recorded when the VM already is there. A Vireo-initiated move must keep the VM in
   * its cloud's scope; an observed one is recorded as it is, and logged when it leaves the scope.
   */
  public Vm recordPlacement(
      String vmId, String toHostId, boolean storageMoved, PlacementInitiator initiator) {
    InventoryScope s = access.current();
    Vm vm = writable(s, vmId);
    Host to = referencedHost(s, toHostId, Optional.empty());
    requireFree(to, vm.name(), Optional.of(vm.hypervisorId()), vm.id());
    Optional<Cloud> cloud =
        vm.cloudId().map(c -> cloudService.referenced(InventoryScope.unrestricted("system"), c));
    if (cloud.isPresent()) {
      try {
        cloudService.admit(
            cloud.get(),
            vm.name(),
            hostGroup(to),
            cloudService.usage(cloud.get()),
            vm.footprint(),
            vm.footprint());
      } catch (DomainException e) {
        if (initiator == PlacementInitiator.VIREO) {
          throw e;
        }
        LOG.warning(
            "VIREO-INV-001 VM "
                + vm.id()
                + " was observed on host "
                + to.id()
                + ", outside the scope of cloud "
                + cloud.get().id());
      }
    }
    vm.placeOn(to, storageMoved, initiator, access.callerName());
    publish(vm);
    return vm;
  }

  /** The VM's host no longer reports it. */
  public Vm markMissing(String vmId) {
    Vm vm = writable(access.current(), vmId);
    vm.markMissing(access.callerName());
    publish(vm);
    return vm;
  }

  /** The state the hypervisor reports for the VM. */
  public Vm reportStatus(String vmId, VmStatus status) {
    Vm vm = writable(access.current(), vmId);
    vm.reportStatus(status);
    return vm;
  }

  /**
   * The state the hypervisor reports for the VM, recorded only while the inventory still holds
   * {@code expected}: false (nothing written) when another writer recorded a state in between, so a
   * reconcile that read the host before a job's newer report does not overwrite it.
   */
  public boolean reportStatusIf(String vmId, VmStatus expected, VmStatus status) {
    Vm vm = writable(access.current(), vmId);
    if (vm.status() != expected) {
      return false;
    }
    vm.reportStatus(status);
    return true;
  }

  /** The state the inventory holds for the VM. */
  public VmStatus status(String vmId) {
    return readable(access.current(), vmId).status();
  }

  public void delete(String id, long expectedVersion) {
    Vm vm = writable(access.current(), id);
    Versions.check(expectedVersion, vm.version());
    vms.remove(vm);
  }

  /** A VM's placement history, oldest first unless sorted otherwise. */
  public Page<VmPlacement> placements(String vmId, PageRequest page) {
    Vm vm = readable(access.current(), vmId);
    return vms.placements(vm.id(), page);
  }

  private void publish(Vm vm) {
    for (VmPlaced p : vm.pullPlacements()) {
      vms.addPlacement(VmPlacement.of(p));
      placementChanged.fire(
          new VmPlacementChanged(
              p.vmId(),
              vm.hypervisorId(),
              p.fromHostId(),
              p.toHostId(),
              p.at(),
              p.storageMoved(),
              p.initiator() == PlacementInitiator.VIREO,
              p.initiatedBy()));
    }
  }

  private Host referencedHost(InventoryScope s, String hostId, Optional<Cloud> viaCloud) {
    Optional<Host> h = hosts.findById(hostId);
    boolean visible = h.map(x -> s.mayReadGroup(pathOf(x)) || viaCloud.isPresent()).orElse(false);
    return h.filter(x -> visible)
        .orElseThrow(() -> InventoryErrors.missingReference("hostId", "host", hostId));
  }

  private void requireFree(Host host, String name, Optional<String> hypervisorId, String self) {
    InventoryErrors.requireFree(
        vms.findOnHostByName(host.id(), name),
        self,
        o -> InventoryErrors.duplicate("VM", name, " on host '" + host.name() + "'"));
    InventoryErrors.requireFree(
        hypervisorId.flatMap(x -> vms.findOnHostByHypervisorId(host.id(), x)),
        self,
        o ->
            InventoryErrors.duplicate(
                "VM",
                o.name(),
                " on host '" + host.name() + "' with hypervisor id " + hypervisorId.get()));
  }

  private Vm readable(InventoryScope s, String id) {
    return vms.findById(id)
        .filter(
            v ->
                s.mayReadVm(
                    v.hostId().flatMap(hosts::findById).map(this::pathOf),
                    v.cloudId(),
                    v.ownerUserId()))
        .orElseThrow(() -> notFound(id));
  }

  private Vm writable(InventoryScope s, String id) {
    Vm vm = readable(s, id);
    if (!s.mayWriteVm(
        vm.hostId().flatMap(hosts::findById).map(this::pathOf), vm.cloudId(), vm.ownerUserId())) {
      throw InventoryErrors.denied("VM '" + vm.name() + "'");
    }
    return vm;
  }

  private HostGroup hostGroup(Host h) {
    return groups.findById(h.hostGroupId()).orElseThrow();
  }

  private String pathOf(Host h) {
    return hostGroup(h).path();
  }

  private static DomainException notFound(String id) {
    return InventoryErrors.notFound(InventoryError.INVENTORY_VM_NOT_FOUND, "virtual machine", id);
  }
}
