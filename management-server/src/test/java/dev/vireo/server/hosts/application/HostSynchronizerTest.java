package dev.vireo.server.hosts.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.hosts.domain.Reconciliation.StatusChange;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.VmStatus;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HostSynchronizerTest {
  private static final DomainUuid UUID_1 = new DomainUuid(UUID.randomUUID());

  @Test
  void withdrawingAHost_runsTheRemoval_andKeepsNoStateForIt() {
    HostSynchronizer sync = new HostSynchronizer();
    sync.connections = new HostConnections();
    AtomicBoolean removed = new AtomicBoolean();
    for (int i = 0; i < 100; i++) {
      sync.withdraw("host-" + i, () -> removed.set(true));
    }
    assertThat(removed).isTrue();
    assertThat(sync.trackedHosts()).isZero();
    assertThat(sync.connections.trackedHosts()).isZero();
  }

  @Test
  void aChangedState_isRecorded_whileTheInventoryStillHoldsWhatThePlanRead() {
    Registry registry =
        afterApplying(VmStatus.RUNNING, DomainState.PAUSED, VmStatus.RUNNING, VmStatus.PAUSED);
    assertThat(registry.held.get()).isEqualTo(VmStatus.PAUSED);
    assertThat(registry.writes).containsExactly(VmStatus.PAUSED);
  }

  @Test
  void aStateAJobRecordedAfterThePlan_isNotOverwrittenByTheOlderObservation() {
    // The plan read SAVED and saw the domain PAUSED mid-restore; the start job then recorded
    // RUNNING, and the host now says RUNNING: the stale PAUSED must not be written.
    Registry registry =
        afterApplying(VmStatus.RUNNING, DomainState.RUNNING, VmStatus.SAVED, VmStatus.PAUSED);
    assertThat(registry.held.get()).isEqualTo(VmStatus.RUNNING);
    assertThat(registry.writes).isEmpty();
  }

  @Test
  void whenAnotherWriterCameBetween_theHostIsAskedAgain_andItsNewAnswerIsRecorded() {
    Registry registry =
        afterApplying(VmStatus.RUNNING, DomainState.STOPPED, VmStatus.SAVED, VmStatus.PAUSED);
    assertThat(registry.held.get()).isEqualTo(VmStatus.STOPPED);
    assertThat(registry.writes).containsExactly(VmStatus.STOPPED);
  }

  @Test
  void aDomainThatVanishedMeanwhile_leavesTheInventoryAlone() {
    Registry registry = afterApplying(VmStatus.RUNNING, null, VmStatus.SAVED, VmStatus.PAUSED);
    assertThat(registry.held.get()).isEqualTo(VmStatus.RUNNING);
    assertThat(registry.writes).isEmpty();
  }

  @Test
  void anObservedMove_recordsWhatTheHostReportsAfterTheInventoryWasRead() {
    // A VM found on another host: its state is asked of that host after reading the inventory,
    // not taken from the listing that found it (which may predate a job's write).
    Registry registry = new Registry(VmStatus.STOPPED);
    HostSynchronizer sync = new HostSynchronizer();
    sync.vmRegistry = registry;

    sync.recordCurrentState(host(DomainState.RUNNING), UUID_1, "vm-1");

    assertThat(registry.held.get()).isEqualTo(VmStatus.RUNNING);
    assertThat(registry.writes).containsExactly(VmStatus.RUNNING);
  }

  /**
   * The inventory after a reconcile applied the change {@code from -> to} it planned, while the
   * inventory now holds {@code held} and the host reports {@code hostNow} (null: domain gone).
   */
  private static Registry afterApplying(
      VmStatus held, DomainState hostNow, VmStatus from, VmStatus to) {
    Registry registry = new Registry(held);
    HostSynchronizer sync = new HostSynchronizer();
    sync.vmRegistry = registry;
    sync.applyStatus(host(hostNow), UUID_1, new StatusChange("vm-1", UUID_1.toString(), from, to));
    return registry;
  }

  /** A host that answers {@code findDomain} with one domain in {@code state} (none when null). */
  private static HypervisorDriver host(DomainState state) {
    return (HypervisorDriver)
        Proxy.newProxyInstance(
            HypervisorDriver.class.getClassLoader(),
            new Class<?>[] {HypervisorDriver.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("findDomain")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return Optional.ofNullable(state)
                  .map(
                      s ->
                          new DomainInfo(
                              UUID_1,
                              "d",
                              s,
                              1,
                              1L << 30,
                              List.of(),
                              List.of(),
                              Optional.empty(),
                              true));
            });
  }

  /** The inventory's view of one VM's state, with the writes it took. */
  private static final class Registry extends VmRegistry {
    final AtomicReference<VmStatus> held;
    final List<VmStatus> writes = new ArrayList<>();

    Registry(VmStatus initial) {
      held = new AtomicReference<>(initial);
    }

    @Override
    public boolean reportStatusIf(String vmId, VmStatus expected, VmStatus status) {
      if (!held.compareAndSet(expected, status)) {
        return false;
      }
      writes.add(status);
      return true;
    }

    @Override
    public VmStatus status(String vmId) {
      return held.get();
    }
  }
}
