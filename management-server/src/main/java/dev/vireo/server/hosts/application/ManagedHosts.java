package dev.vireo.server.hosts.application;

import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.hosts.domain.KnownVm;
import dev.vireo.server.hosts.domain.ManagedHost;
import dev.vireo.server.hosts.domain.ManagedHostRepository;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostCapacity;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.HostSpec;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Which inventory hosts are managed, and the short reads and writes host management needs around
 * them. Scope checks stay with the inventory's registries; the reads here are for work that already
 * passed them.
 */
@ApplicationScoped
@Transactional
public class ManagedHosts {
  @Inject ManagedHostRepository managed;
  @Inject HostRepository hosts;
  @Inject VmRepository vms;
  @Inject HostRegistry hostRegistry;

  /** Registers the host in the inventory as Responding and marks it managed, in one step. */
  public Host register(HostSpec spec, String hostGroupId, HostCapacity capacity, String driverId) {
    Host h = hostRegistry.register(spec, hostGroupId, capacity);
    h.markResponding();
    managed.add(ManagedHost.of(h.id(), driverId));
    return h;
  }

  /** Removes the host from management and the inventory, with its VMs' records. */
  public void forget(String hostId) {
    Host h = hostRegistry.get(hostId);
    managed.findByHostId(hostId).ifPresent(managed::remove);
    for (Vm vm : vms.onHost(hostId)) {
      vms.remove(vm);
    }
    hostRegistry.remove(hostId, hosts.findById(hostId).orElseThrow().version());
  }

  public Optional<ManagedHost> find(String hostId) {
    return managed.findByHostId(hostId);
  }

  /** The managed host, or {@code HOSTS_NOT_MANAGED}. */
  public ManagedHost require(Host host) {
    return managed
        .findByHostId(host.id())
        .orElseThrow(
            () ->
                new DomainException(
                    HostsError.HOSTS_NOT_MANAGED,
                    "Host '"
                        + host.name()
                        + "' was registered by hand; add it with POST /hosts/actions/add to"
                        + " manage it."));
  }

  public List<String> managedHostIds() {
    return managed.all().stream().map(ManagedHost::hostId).toList();
  }

  /** Whether a managed host already connects to {@code uri}. */
  public Optional<Host> managedWithUri(String uri) {
    return managed.all().stream()
        .map(m -> hosts.findById(m.hostId()))
        .flatMap(Optional::stream)
        .filter(h -> h.connectionUri().equalsIgnoreCase(uri))
        .findFirst();
  }

  /** The VMs the inventory places on the host. */
  public List<KnownVm> knownOn(String hostId) {
    return vms.onHost(hostId).stream()
        .map(v -> new KnownVm(v.id(), v.hypervisorId(), v.status()))
        .toList();
  }

  public List<Vm> vmsOn(String hostId) {
    return vms.onHost(hostId);
  }

  public Optional<Vm> vm(String vmId) {
    return vms.findById(vmId);
  }

  public Optional<Host> host(String hostId) {
    return hosts.findById(hostId);
  }

  /** Other hosts of the host's cluster, or of its host group when it is in no cluster. */
  public List<Host> peersOf(Host h) {
    List<Host> peers =
        h.clusterId().map(hosts::inCluster).orElseGet(() -> hosts.inGroup(h.hostGroupId()));
    return peers.stream()
        .filter(p -> !p.id().equals(h.id()))
        .filter(p -> managed.findByHostId(p.id()).isPresent())
        .toList();
  }

  public void refreshed(String hostId) {
    managed.findByHostId(hostId).ifPresent(ManagedHost::refreshed);
  }
}
