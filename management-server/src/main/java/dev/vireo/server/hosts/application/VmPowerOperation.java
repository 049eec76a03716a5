package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.inventory.domain.VmStatus;
import java.time.Duration;
import java.util.Set;
import java.util.function.BiConsumer;

/** The VM power operations: what each asks the host, from which states, and what it waits for. */
enum VmPowerOperation {
  START(
      "Vms.Start",
      "Start",
      Set.of(VmStatus.STOPPED, VmStatus.SAVED),
      DomainState.RUNNING,
      HypervisorDriver::start,
      Duration.ofSeconds(60)),
  SHUTDOWN(
      "Vms.Shutdown",
      "Shut down",
      Set.of(VmStatus.RUNNING),
      DomainState.STOPPED,
      HypervisorDriver::shutdown,
      Duration.ofSeconds(120)),
  STOP(
      "Vms.Stop",
      "Power off",
      Set.of(VmStatus.RUNNING, VmStatus.PAUSED),
      DomainState.STOPPED,
      HypervisorDriver::destroy,
      Duration.ofSeconds(60)),
  PAUSE(
      "Vms.Pause",
      "Pause",
      Set.of(VmStatus.RUNNING),
      DomainState.PAUSED,
      HypervisorDriver::suspend,
      Duration.ofSeconds(60)),
  RESUME(
      "Vms.Resume",
      "Resume",
      Set.of(VmStatus.PAUSED),
      DomainState.RUNNING,
      HypervisorDriver::resume,
      Duration.ofSeconds(60)),
  SAVE(
      "Vms.Save",
      "Save the state of",
      Set.of(VmStatus.RUNNING, VmStatus.PAUSED),
      DomainState.SAVED,
      HypervisorDriver::managedSave,
      Duration.ofSeconds(300));

  final String type;
  final String verb;
  final Set<VmStatus> from;
  final DomainState reaches;
  final BiConsumer<HypervisorDriver, DomainUuid> action;
  final Duration timeout;

  VmPowerOperation(
      String type,
      String verb,
      Set<VmStatus> from,
      DomainState reaches,
      BiConsumer<HypervisorDriver, DomainUuid> action,
      Duration timeout) {
    this.type = type;
    this.verb = verb;
    this.from = from;
    this.reaches = reaches;
    this.action = action;
    this.timeout = timeout;
  }
}
