package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HostInfo;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.StoragePoolInfo;
import dev.vireo.drivers.spi.VireoVmId;
import dev.vireo.server.hosts.domain.ConnectionFailure;
import dev.vireo.server.hosts.domain.KnownVm;
import dev.vireo.server.hosts.domain.ObservedDomain;
import dev.vireo.server.hosts.domain.Reconciliation;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.application.VmRegistry.VmRegistration;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostCapacity;
import dev.vireo.server.inventory.domain.PlacementInitiator;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Refresh: connects to a managed host (reconnecting when needed), updates its status and capacity,
 * and reconciles its domains with the inventory — unknown domains are imported (or, when they carry
 * the id of a VM the inventory has elsewhere, recorded as an observed migration), vanished VMs are
 * marked Missing unless another connected host has them, and state changes are applied. Runs as the
 * caller (a job's owner or the system scope); every inventory write is its own short transaction.
 *
 * <p>Thread-safe. Refreshes and reconciles of one host run one at a time (jobs, host events and the
 * periodic refresh all reach here), so two of them never import the same domain twice; {@link
 * #withdraw} stops them for a host that is being removed.
 */
@ApplicationScoped
public class HostSynchronizer {
  private static final Logger LOG = Logger.getLogger(HostSynchronizer.class.getName());

  @Inject HostConnections connections;
  @Inject HostRegistry hostRegistry;
  @Inject VmRegistry vmRegistry;
  @Inject ManagedHosts managed;

  private final Map<String, ReentrantLock> hostLocks = new ConcurrentHashMap<>();
  private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();

  /** What a refresh changed. */
  public record RefreshSummary(int imported, int missing, int changed, int moved) {
    String json(String hostId) {
      return "{\"hostId\":\"%s\",\"imported\":%d,\"missing\":%d,\"changed\":%d,\"moved\":%d}"
          .formatted(hostId, imported, missing, changed, moved);
    }
  }

  /**
   * Connects (marking the host Not Responding or Access Denied and rethrowing when that fails),
   * then updates capacity and status and reconciles.
   */
  public RefreshSummary refresh(String hostId, IntConsumer progress) {
    return exclusively(hostId, () -> refreshNow(hostId, progress));
  }

  private RefreshSummary refreshNow(String hostId, IntConsumer progress) {
    Host h = hostRegistry.get(hostId);
    managed.require(h);
    HypervisorDriver d;
    try {
      d = connections.connect(h);
    } catch (DomainException e) {
      markFailed(hostId, HostDrivers.failureOf(e), e.getMessage());
      throw e;
    }
    try {
      HostCapacity capacity = capacity(d.hostInfo());
      ConflictRetry.run(() -> hostRegistry.reportCapacity(hostId, capacity));
      ConflictRetry.run(() -> hostRegistry.markResponding(hostId));
      RefreshSummary s = reconcileNow(hostId, d, progress);
      managed.refreshed(hostId);
      return s;
    } catch (DriverException e) {
      connections.lost(hostId, d);
      markFailed(hostId, ConnectionFailure.UNREACHABLE, e.getMessage());
      throw DriverFailures.operation(e, "Refreshing host " + h.name());
    }
  }

  /** The host stopped answering or refused the login: record it, with its VMs if it is gone. */
  public void markFailed(String hostId, ConnectionFailure f, String reason) {
    Host before = hostRegistry.get(hostId);
    if (f.hostStatus() == before.status()) {
      return;
    }
    String r = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    ConflictRetry.run(
        () -> {
          if (f.vmsBecomeUnknown()) {
            hostRegistry.markNotResponding(hostId, r);
          } else {
            hostRegistry.markAccessDenied(hostId, r);
          }
        });
    LOG.warning("VIREO-HOST-002 Host " + hostId + " is now " + f.hostStatus() + ": " + r);
  }

  /** Reconciles the host's domains with the inventory. */
  public RefreshSummary reconcile(String hostId, HypervisorDriver d, IntConsumer progress) {
    return exclusively(hostId, () -> reconcileNow(hostId, d, progress));
  }

  /**
   * Runs {@code work} (the removal of the host from the inventory) once no refresh or reconcile of
   * the host is running, and keeps new ones from starting: those that were waiting or come later do
   * nothing. Closes the host's connection first, so no new host events arrive.
   */
  public void withdraw(String hostId, Runnable work) {
    withdrawn.add(hostId);
    try {
      connections.disconnect(hostId);
      ReentrantLock lock = lockOf(hostId);
      lock.lock();
      try {
        work.run();
      } finally {
        lock.unlock();
        if (!lock.hasQueuedThreads()) {
          hostLocks.remove(hostId, lock); // the host is gone: keep no state for it
        }
      }
    } finally {
      withdrawn.remove(hostId);
      connections.forget(hostId);
    }
  }

  private RefreshSummary exclusively(String hostId, Supplier<RefreshSummary> work) {
    ReentrantLock lock = lockOf(hostId);
    lock.lock();
    try {
      if (withdrawn.contains(hostId)) {
        LOG.fine(() -> "host " + hostId + " is being removed; skipping its refresh");
        return new RefreshSummary(0, 0, 0, 0);
      }
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** How many hosts this synchronizer keeps a lock for (hosts removed through it are dropped). */
  int trackedHosts() {
    return hostLocks.size();
  }

  private ReentrantLock lockOf(String hostId) {
    return hostLocks.computeIfAbsent(hostId, k -> new ReentrantLock());
  }

  private RefreshSummary reconcileNow(String hostId, HypervisorDriver d, IntConsumer progress) {
    // The inventory is read before the host, so a state a job records after this read is newer
    // than what the host is about to report; applyStatus then leaves it alone.
    List<KnownVm> known = managed.knownOn(hostId);
    List<DomainInfo> domains = d.listDomains();
    Map<String, DomainInfo> byUuid =
        domains.stream().collect(Collectors.toMap(x -> x.uuid().toString(), Function.identity()));
    List<ObservedDomain> observed = domains.stream().map(DomainMapping::observed).toList();
    Reconciliation plan = Reconciliation.plan(known, observed, connections.busyVms());
    int total = Math.max(1, plan.unknown().size() + plan.vanished().size());
    int done = 0;
    int moved = 0;
    for (ObservedDomain o : plan.unknown()) {
      moved += adopt(hostId, d, byUuid.get(o.hypervisorId()), o) ? 1 : 0;
      progress.accept(++done * 100 / total);
    }
    int missing = 0;
    for (KnownVm k : plan.vanished()) {
      missing += vanish(hostId, k) ? 1 : 0;
      progress.accept(++done * 100 / total);
    }
    for (Reconciliation.StatusChange c : plan.changed()) {
      quietly(() -> applyStatus(d, byUuid.get(c.hypervisorId()).uuid(), c), c.vmId());
    }
    return new RefreshSummary(
        plan.unknown().size() - moved,
        missing,
        plan.changed().size(),
        moved + plan.vanished().size() - missing);
  }

  /**
   * Records a changed state unless someone recorded another since the plan read the inventory (a
   * power job that waited for its state, say): the host is then asked again, after that write, and
   * what it answers is recorded against what the inventory holds now.
   */
  void applyStatus(HypervisorDriver d, DomainUuid uuid, Reconciliation.StatusChange c) {
    if (!vmRegistry.reportStatusIf(c.vmId(), c.from(), c.to())) {
      recordCurrentState(d, uuid, c.vmId());
    }
  }

  /**
   * Reads the state the inventory holds, then asks the host, and records the host's answer only
   * while the inventory still holds what was read; a writer that came in between makes it try
   * again. So an observation never overwrites a state that was recorded after it was made.
   */
  void recordCurrentState(HypervisorDriver d, DomainUuid uuid, String vmId) {
    for (int attempt = 0; attempt < ConflictRetry.ATTEMPTS; attempt++) {
      VmStatus held = vmRegistry.status(vmId);
      Optional<DomainInfo> now = d.findDomain(uuid);
      if (now.isEmpty()) {
        return; // gone meanwhile: the event that says so brings its own reconcile
      }
      VmStatus reported = DomainMapping.status(now.get().state());
      if (held == reported || vmRegistry.reportStatusIf(vmId, held, reported)) {
        return;
      }
    }
    LOG.fine(() -> "VM " + vmId + " kept changing state; the next event reconciles it");
  }

  /** Imports an unknown domain, or records an observed move; true for a move. */
  private boolean adopt(String hostId, HypervisorDriver d, DomainInfo info, ObservedDomain o) {
    Optional<Vm> elsewhere = o.vireoVmId().flatMap(managed::vm);
    if (elsewhere.isPresent()) {
      quietly(
          () -> {
            vmRegistry.recordPlacement(
                elsewhere.get().id(), hostId, false, PlacementInitiator.OBSERVED);
            recordCurrentState(d, info.uuid(), elsewhere.get().id());
          },
          o.hypervisorId());
      return true;
    }
    quietly(() -> importDomain(hostId, d, info, o), o.hypervisorId());
    return false;
  }

  private void importDomain(String hostId, HypervisorDriver d, DomainInfo info, ObservedDomain o) {
    VmRegistration r =
        new VmRegistration(
            DomainMapping.vmName(info.name()),
            "",
            Optional.of(o.hypervisorId()),
            Optional.of(hostId),
            Optional.empty(),
            DomainMapping.hardware(info),
            o.status(),
            Optional.empty(),
            PlacementInitiator.OBSERVED);
    if (o.vireoVmId().isPresent()) {
      vmRegistry.registerWithId(o.vireoVmId().get(), r);
      return;
    }
    Vm vm = vmRegistry.register(r);
    d.setVireoVmId(info.uuid(), new VireoVmId(UUID.fromString(vm.id())));
  }

  /** A VM the host no longer reports: moved to another connected host, or Missing. */
  private boolean vanish(String hostId, KnownVm k) {
    Optional<DomainUuid> uuid = uuidOf(k.hypervisorId());
    for (String other : connections.connectedHosts()) {
      if (other.equals(hostId) || uuid.isEmpty()) {
        continue;
      }
      Optional<HypervisorDriver> there = connections.current(other);
      if (there.isPresent() && reports(there.get(), uuid.get())) {
        quietly(
            () -> {
              vmRegistry.recordPlacement(k.vmId(), other, false, PlacementInitiator.OBSERVED);
              recordCurrentState(there.get(), uuid.get(), k.vmId());
            },
            k.vmId());
        return false;
      }
    }
    quietly(() -> vmRegistry.markMissing(k.vmId()), k.vmId());
    return true;
  }

  private static Optional<DomainUuid> uuidOf(String hypervisorId) {
    try {
      return Optional.of(new DomainUuid(UUID.fromString(hypervisorId)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean reports(HypervisorDriver d, DomainUuid uuid) {
    try {
      return d.findDomain(uuid).isPresent();
    } catch (DriverException e) {
      return false;
    }
  }

  static HostCapacity capacity(HostInfo info) {
    long storage =
        info.storagePools().stream()
            .filter(StoragePoolInfo::active)
            .mapToLong(StoragePoolInfo::capacityBytes)
            .sum();
    return new HostCapacity(
        Math.max(1, Math.min(4096, info.cpu().logicalCpus())), info.memoryBytes(), storage);
  }

  private static void quietly(Runnable work, String what) {
    try {
      ConflictRetry.run(work);
    } catch (DomainException | DriverException e) {
      LOG.log(Level.WARNING, "VIREO-HOST-003 Could not reconcile " + what + ": " + e.getMessage());
    }
  }
}
