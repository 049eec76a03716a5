package dev.vireo.drivers.spi;

import static dev.vireo.drivers.spi.EventRecorder.lifecycle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.drivers.spi.DriverEvent.LifecycleKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link HypervisorDriver} must show, written once and run against each driver
 * by a subclass that supplies a host and a domain definition the host can start.
 */
public abstract class HypervisorDriverContractTest {
  protected static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

  private final List<DomainUuid> created = new ArrayList<>();
  protected HypervisorDriver driver;

  /** Id under which the driver's factory is registered. */
  protected abstract String driverId();

  /** A host the tests may create and delete domains on. */
  protected abstract ConnectionSpec host();

  /** The same host with a wrong secret. */
  protected abstract ConnectionSpec hostWithWrongSecret();

  /** An address where no host answers. */
  protected abstract ConnectionSpec unreachableHost();

  /** Definition of a small domain named {@code name} that the host can start. */
  protected abstract String startableDomain(String name);

  /** Waits until the guest of a started domain reacts to a shutdown request. */
  protected abstract void awaitGuestBooted(DomainInfo domain);

  /** Name of a storage pool on the host where tests may create volumes. */
  protected abstract String scratchPool();

  protected HypervisorDriverFactory factory() {
    return HypervisorDriverFactory.find(driverId()).orElseThrow();
  }

  @BeforeEach
  void connect() {
    driver = factory().create(host());
  }

  @AfterEach
  void removeCreatedDomains() {
    if (driver == null) {
      return;
    }
    for (DomainUuid uuid : created) {
      try {
        driver.destroy(uuid);
        driver.undefine(uuid);
      } catch (DriverException e) {
        // best effort: the test may have removed it or closed the driver
      }
    }
    driver.close();
  }

  protected DomainInfo defineDomain(Optional<VireoVmId> vmId) {
    String name = "contract-" + UUID.randomUUID().toString().substring(0, 8);
    DomainInfo info = driver.define(startableDomain(name), vmId);
    created.add(info.uuid());
    return info;
  }

  @Test
  void factory_isFoundByServiceLoaderUnderItsId() {
    assertThat(HypervisorDriverFactory.find(driverId())).isPresent();
    assertThat(factory().id()).isEqualTo(driverId());
  }

  @Test
  void hostInfo_reportsIdentityCpuMemoryAndPools() {
    HostInfo info = driver.hostInfo();
    assertThat(info.uuid().value()).isNotNull();
    assertThat(info.hostname()).isNotBlank();
    assertThat(info.cpu().logicalCpus()).isPositive();
    assertThat(info.memoryBytes()).isGreaterThan(info.freeMemoryBytes()).isPositive();
    assertThat(info.storagePools()).extracting(StoragePoolInfo::name).contains(scratchPool());
    assertThat(driver.isAlive()).isTrue();
  }

  @Test
  void define_makesDomainListedFindableAndCarryingVireoVmId() {
    VireoVmId vmId = new VireoVmId(UUID.randomUUID());
    DomainInfo info = defineDomain(Optional.of(vmId));
    assertThat(info.state()).isEqualTo(DomainState.STOPPED);
    assertThat(info.persistent()).isTrue();
    assertThat(info.vireoVmId()).contains(vmId);
    assertThat(info.disks()).isNotEmpty();
    assertThat(info.disks().get(0).path()).isPresent();
    assertThat(info.disks().get(0).capacityBytes())
        .as("existing image reports its size")
        .hasValueSatisfying(c -> assertThat(c).isPositive());
    assertThat(driver.listDomains()).extracting(DomainInfo::uuid).contains(info.uuid());
    assertThat(driver.findDomain(info.uuid())).map(DomainInfo::name).contains(info.name());
    assertThat(driver.domainXml(info.uuid())).contains(info.name());
  }

  @Test
  void findDomain_isEmptyForUnknownUuid_andGetDomainThrowsNotFound() {
    DomainUuid unknown = new DomainUuid(UUID.randomUUID());
    assertThat(driver.findDomain(unknown)).isEmpty();
    assertKind(() -> driver.getDomain(unknown), DriverErrorKind.NOT_FOUND);
    assertKind(() -> driver.start(unknown), DriverErrorKind.NOT_FOUND);
  }

  @Test
  void define_rejectsAnotherDomainWithTheSameName() {
    DomainInfo first = defineDomain(Optional.empty());
    String clash = startableDomain(first.name());
    assertKind(() -> driver.define(clash, Optional.empty()), DriverErrorKind.ALREADY_EXISTS);
  }

  @Test
  void define_rejectsMalformedDefinition() {
    assertKind(() -> driver.define("<domain", Optional.empty()), DriverErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void lifecycle_reachesEachStateIdempotentlyAndReportsEvents() throws Exception {
    EventRecorder events = new EventRecorder();
    EventSubscription subscription = driver.subscribe(events);
    try {
      DomainUuid uuid = defineDomain(Optional.empty()).uuid();
      driver.start(uuid);
      driver.start(uuid);
      assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.RUNNING);
      events.await(lifecycle(uuid, LifecycleKind.STARTED), EVENT_TIMEOUT);
      driver.suspend(uuid);
      driver.suspend(uuid);
      assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.PAUSED);
      events.await(lifecycle(uuid, LifecycleKind.SUSPENDED), EVENT_TIMEOUT);
      driver.resume(uuid);
      driver.resume(uuid);
      assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.RUNNING);
      events.await(lifecycle(uuid, LifecycleKind.RESUMED), EVENT_TIMEOUT);
      driver.destroy(uuid);
      driver.destroy(uuid);
      assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.STOPPED);
      events.await(lifecycle(uuid, LifecycleKind.STOPPED), EVENT_TIMEOUT);
    } finally {
      subscription.close();
    }
  }

  @Test
  void shutdown_letsTheGuestPowerOff_andIsANoOpOnAStoppedDomain() throws Exception {
    EventRecorder events = new EventRecorder();
    EventSubscription subscription = driver.subscribe(events);
    try {
      DomainInfo domain = defineDomain(Optional.empty());
      driver.shutdown(domain.uuid());
      driver.start(domain.uuid());
      awaitGuestBooted(domain);
      driver.shutdown(domain.uuid());
      events.await(lifecycle(domain.uuid(), LifecycleKind.STOPPED), Duration.ofSeconds(60));
      assertThat(driver.getDomain(domain.uuid()).state()).isEqualTo(DomainState.STOPPED);
    } finally {
      subscription.close();
    }
  }

  @Test
  void managedSave_leavesDomainSaved_andStartResumesIt() {
    DomainUuid uuid = defineDomain(Optional.empty()).uuid();
    driver.start(uuid);
    driver.managedSave(uuid);
    assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.SAVED);
    driver.start(uuid);
    assertThat(driver.getDomain(uuid).state()).isEqualTo(DomainState.RUNNING);
  }

  @Test
  void setVireoVmId_replacesTheIdOnARunningDomain() {
    DomainUuid uuid = defineDomain(Optional.of(new VireoVmId(UUID.randomUUID()))).uuid();
    driver.start(uuid);
    VireoVmId newId = new VireoVmId(UUID.randomUUID());
    driver.setVireoVmId(uuid, newId);
    assertThat(driver.getDomain(uuid).vireoVmId()).contains(newId);
    driver.destroy(uuid);
    assertThat(driver.getDomain(uuid).vireoVmId()).as("persistent definition").contains(newId);
  }

  @Test
  void undefine_refusesRunningDomain_removesStoppedOne_andIsFalseWhenGone() {
    DomainUuid uuid = defineDomain(Optional.empty()).uuid();
    driver.start(uuid);
    assertKind(() -> driver.undefine(uuid), DriverErrorKind.INVALID_STATE);
    driver.destroy(uuid);
    assertThat(driver.undefine(uuid)).isTrue();
    assertThat(driver.findDomain(uuid)).isEmpty();
    assertThat(driver.undefine(uuid)).isFalse();
  }

  @Test
  void volumes_areCreatedFoundAndDeleted() {
    String name = "contract-" + UUID.randomUUID().toString().substring(0, 8) + ".qcow2";
    StorageVolumeInfo vol =
        driver.createVolume(scratchPool(), new VolumeSpec(name, 16L << 20, DiskFormat.QCOW2));
    assertThat(vol.capacityBytes()).isEqualTo(16L << 20);
    assertThat(vol.format()).isEqualTo(DiskFormat.QCOW2);
    assertThat(driver.findVolume(vol.path())).map(StorageVolumeInfo::name).contains(name);
    assertKind(
        () -> driver.createVolume(scratchPool(), new VolumeSpec(name, 1L << 20, DiskFormat.QCOW2)),
        DriverErrorKind.ALREADY_EXISTS);
    assertThat(driver.deleteVolume(vol.path())).isTrue();
    assertThat(driver.findVolume(vol.path())).isEmpty();
    assertThat(driver.deleteVolume(vol.path())).isFalse();
  }

  @Test
  void connect_withWrongSecret_failsWithPermanentAuthFailure() {
    DriverException e = catchDriverException(() -> factory().create(hostWithWrongSecret()));
    assertThat(e.kind()).isEqualTo(DriverErrorKind.AUTH_FAILED);
    assertThat(e.isTransient()).isFalse();
    assertThat(e.hypervisorMessage()).isNotBlank();
  }

  @Test
  void connect_toUnreachableHost_failsWithTransientUnreachable() {
    DriverException e = catchDriverException(() -> factory().create(unreachableHost()));
    assertThat(e.kind()).isEqualTo(DriverErrorKind.UNREACHABLE);
    assertThat(e.isTransient()).isTrue();
  }

  @Test
  void oneDriver_servesConcurrentCallsFromSeveralThreads() throws Exception {
    DomainUuid uuid = defineDomain(Optional.empty()).uuid();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    switch (n % 3) {
                      case 0 -> driver.listDomains().stream().anyMatch(d -> d.uuid().equals(uuid));
                      case 1 -> driver.getDomain(uuid).uuid().equals(uuid);
                      default -> driver.hostInfo().cpu().logicalCpus() > 0;
                    }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void closedDriver_failsWithClosed_andClosingTwiceIsHarmless() {
    HypervisorDriver other = factory().create(host());
    other.close();
    other.close();
    assertKind(other::listDomains, DriverErrorKind.CLOSED);
  }

  protected static void assertKind(ThrowingCallable call, DriverErrorKind kind) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(DriverException.class, e -> assertThat(e.kind()).isEqualTo(kind));
  }

  protected static DriverException catchDriverException(ThrowingCallable call) {
    try {
      call.call();
    } catch (DriverException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected DriverException, got " + t, t);
    }
    throw new AssertionError("expected DriverException, call succeeded");
  }
}
