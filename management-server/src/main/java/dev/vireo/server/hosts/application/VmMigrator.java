package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.MigrationSpec;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import dev.vireo.drivers.spi.VolumeSpec;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.PlacementInitiator;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * Live-migrates a VM between two managed hosts and records the placement (initiated by Vireo) so
 * {@code VmPlacementChanged} fires. Before anything moves it checks that the destination has the
 * storage: with shared storage every disk image must be visible there at the same path; with
 * storage copy, new images are created in the chosen pool of the destination. On failure the images
 * it created are deleted again and the VM stays where it was, in the inventory too.
 */
@ApplicationScoped
public class VmMigrator {
  private static final Logger LOG = Logger.getLogger(VmMigrator.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject HostConnections connections;
  @Inject VmRegistry vmRegistry;

  /** How the disks get to the destination. */
  public record StorageChoice(
      boolean copy, Optional<String> targetPool, Optional<String> targetPath) {
    public static final StorageChoice SHARED =
        new StorageChoice(false, Optional.empty(), Optional.empty());
  }

  /** Migrates {@code vm} from {@code source} to {@code target}; returns the duration in ms. */
  public long migrate(Vm vm, Host source, Host target, StorageChoice storage, IntConsumer progress)
      throws InterruptedException {
    HypervisorDriver src = connections.connect(source);
    HypervisorDriver dst = connections.connect(target);
    DomainUuid uuid = DomainUuid.parse(vm.hypervisorId());
    List<String> created = new ArrayList<>();
    connections.markBusy(vm.id());
    try {
      DomainInfo info = src.getDomain(uuid);
      MigrationSpec spec = prepare(vm, info, src, dst, target, storage, created);
      long ms = run(src, uuid, spec, progress);
      DomainInfo arrived = dst.getDomain(uuid);
      ConflictRetry.run(
          () ->
              vmRegistry.recordPlacement(
                  vm.id(), target.id(), storage.copy(), PlacementInitiator.VIREO));
      ConflictRetry.run(
          () -> vmRegistry.reportStatus(vm.id(), DomainMapping.status(arrived.state())));
      if (storage.copy()) {
        ConflictRetry.run(() -> newDisks(vm.id(), arrived));
      }
      LOG.info(
          () ->
              "VIREO-HOST-011 VM "
                  + vm.id()
                  + " migrated to host "
                  + target.id()
                  + " in "
                  + ms
                  + " ms");
      return ms;
    } catch (DriverException e) {
      created.forEach(path -> deleteQuietly(dst, path));
      throw DriverFailures.operation(
          e, "Migrating VM '" + vm.name() + "' to host '" + target.name() + "'");
    } catch (RuntimeException | InterruptedException e) {
      created.forEach(path -> deleteQuietly(dst, path));
      throw e;
    } finally {
      connections.release(vm.id());
    }
  }

  private MigrationSpec prepare(
      Vm vm,
      DomainInfo info,
      HypervisorDriver src,
      HypervisorDriver dst,
      Host target,
      StorageChoice storage,
      List<String> created) {
    if (!storage.copy()) {
      for (DomainInfo.DiskInfo d : disks(info)) {
        if (PoolFiles.find(dst, d.path().orElseThrow()).isEmpty()) {
          throw new DomainException(
              HostsError.HOSTS_NO_STORAGE,
              "Host '"
                  + target.name()
                  + "' does not see disk "
                  + d.path().get()
                  + " of VM '"
                  + vm.name()
                  + "' at the same path (NO_STORAGE): migrate with storage copy to a"
                  + " pool of that host, or give it the shared storage.");
        }
      }
      return MigrationSpec.sharedStorage(target.connectionUri()).allowingUnsafe();
    }
    String pool = targetPool(dst, target, storage);
    Map<String, String> paths = new HashMap<>();
    for (DomainInfo.DiskInfo d : disks(info)) {
      long size =
          d.capacityBytes()
              .or(() -> src.findVolume(d.path().get()).map(StorageVolumeInfo::capacityBytes))
              .orElse(0L);
      StorageVolumeInfo v =
          dst.createVolume(
              pool,
              new VolumeSpec(
                  vm.name() + "-" + vm.id().substring(0, 8) + "-" + d.target() + ".qcow2",
                  Math.max(size, 1L << 20),
                  d.format()));
      created.add(v.path());
      paths.put(d.target(), v.path());
    }
    return MigrationSpec.copyStorage(target.connectionUri(), paths);
  }

  private static String targetPool(HypervisorDriver dst, Host target, StorageChoice storage) {
    var pools = dst.listStoragePools();
    Optional<String> byPath =
        storage
            .targetPath()
            .flatMap(
                p ->
                    pools.stream()
                        .filter(x -> x.path().filter(p::equals).isPresent())
                        .map(x -> x.name())
                        .findFirst());
    String wanted =
        storage
            .targetPool()
            .or(() -> byPath)
            .orElse(storage.targetPath().isPresent() ? "" : "local");
    return pools.stream()
        .filter(x -> x.name().equals(wanted) && x.active())
        .map(x -> x.name())
        .findFirst()
        .orElseThrow(
            () ->
                new DomainException(
                    HostsError.HOSTS_NO_STORAGE,
                    "Host '"
                        + target.name()
                        + "' has no active storage pool "
                        + storage.targetPath().map(p -> "at " + p).orElse("'" + wanted + "'")
                        + " (NO_STORAGE); its pools are "
                        + pools.stream().map(x -> x.name()).toList()
                        + "."));
  }

  private static List<DomainInfo.DiskInfo> disks(DomainInfo info) {
    return info.disks().stream()
        .filter(d -> d.path().isPresent() && "disk".equals(d.device()))
        .toList();
  }

  private long run(HypervisorDriver src, DomainUuid uuid, MigrationSpec spec, IntConsumer progress)
      throws InterruptedException {
    AtomicReference<Double> fraction = new AtomicReference<>(0.0);
    long t0 = System.nanoTime();
    Future<?> f =
        executor.submit(() -> src.migrate(uuid, spec, p -> fraction.set(p.fractionDone())));
    while (true) {
      try {
        f.get(250, TimeUnit.MILLISECONDS);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      } catch (TimeoutException e) {
        progress.accept((int) Math.min(99, fraction.get() * 100));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  /** Records the disk paths the VM has on the destination after a storage copy. */
  private void newDisks(String vmId, DomainInfo arrived) {
    vmRegistry.update(
        vmId,
        vmRegistry.get(vmId).version(),
        new VmRegistry.VmUpdate(
            Optional.empty(),
            Optional.empty(),
            Optional.of(DomainMapping.hardware(arrived)),
            Optional.empty(),
            Optional.empty(),
            false,
            Optional.empty()));
  }

  private static void deleteQuietly(HypervisorDriver dst, String path) {
    try {
      dst.deleteVolume(path);
    } catch (DriverException e) {
      LOG.warning(
          "VIREO-HOST-012 Could not delete volume "
              + path
              + " after a failed migration: "
              + e.getMessage());
    }
  }
}
