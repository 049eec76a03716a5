package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VmTest {
  private final HostGroup g = HostGroup.createUnder(HostGroup.root(), "G", "");
  private final Host h1 = Fixtures.host(g, "kvm1");
  private final Host h2 = Fixtures.host(g, "kvm2");

  @Test
  void register_recordsTheFirstPlacement_andKeepsAStableIdApartFromTheHypervisorId() {
    Vm vm =
        Vm.register(
            "web",
            "",
            Optional.of("uuid-1"),
            h1,
            Fixtures.hardware(2, 1024, 10),
            VmStatus.RUNNING,
            Optional.empty(),
            PlacementInitiator.OBSERVED,
            "system");
    assertThat(vm.id()).isNotEqualTo("uuid-1");
    assertThat(vm.hypervisorId()).isEqualTo("uuid-1");
    List<VmPlaced> events = vm.pullPlacements();
    assertThat(events).hasSize(1);
    assertThat(events.get(0).fromHostId()).isEmpty();
    assertThat(events.get(0).toHostId()).contains(h1.id());
    assertThat(events.get(0).initiator()).isEqualTo(PlacementInitiator.OBSERVED);
    assertThat(vm.pullPlacements()).isEmpty();
  }

  @Test
  void placeOn_anotherHost_recordsFromAndTo_butTheSameHostRecordsNothing() {
    Vm vm = Fixtures.vm("web", h1, Fixtures.hardware(1, 512, 1));
    vm.pullPlacements();
    vm.placeOn(h1, false, PlacementInitiator.OBSERVED, "system");
    assertThat(vm.pullPlacements()).isEmpty();
    String id = vm.id();
    vm.placeOn(h2, true, PlacementInitiator.VIREO, "alice");
    List<VmPlaced> events = vm.pullPlacements();
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.vmId()).isEqualTo(id);
              assertThat(e.fromHostId()).contains(h1.id());
              assertThat(e.toHostId()).contains(h2.id());
              assertThat(e.storageMoved()).isTrue();
              assertThat(e.initiatedBy()).isEqualTo("alice");
            });
    assertThat(vm.hostId()).contains(h2.id());
    assertThat(vm.id()).isEqualTo(id);
  }

  @Test
  void markMissing_dropsTheHost_andFindingItAgainRecordsANewPlacement() {
    Vm vm = Fixtures.vm("web", h1, Fixtures.hardware(1, 512, 1));
    vm.pullPlacements();
    vm.markMissing("system");
    assertThat(vm.status()).isEqualTo(VmStatus.MISSING);
    assertThat(vm.hostId()).isEmpty();
    assertThat(vm.pullPlacements())
        .singleElement()
        .satisfies(e -> assertThat(e.toHostId()).isEmpty());
    assertThatThrownBy(() -> vm.reportStatus(VmStatus.RUNNING))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_VM_STATE);
    vm.placeOn(h2, false, PlacementInitiator.OBSERVED, "system");
    assertThat(vm.status()).isEqualTo(VmStatus.STOPPED);
    assertThat(vm.pullPlacements())
        .singleElement()
        .satisfies(e -> assertThat(e.fromHostId()).isEmpty());
  }

  @Test
  void hostStoppedResponding_marksThePlacedVm() {
    Vm vm = Fixtures.vm("web", h1, Fixtures.hardware(1, 512, 1));
    vm.hostStoppedResponding();
    assertThat(vm.status()).isEqualTo(VmStatus.HOST_NOT_RESPONDING);
    vm.reportStatus(VmStatus.RUNNING);
    assertThat(vm.status()).isEqualTo(VmStatus.RUNNING);
  }

  @Test
  void hardware_isValidatedFieldByField_andStorageIsTheSumOfDisks() {
    VmHardware bad =
        new VmHardware(
            0,
            1,
            List.of(
                new VmDisk("", "floppy", 0, null, "VDA"),
                new VmDisk("/a", "raw", 1, DiskBus.SATA, "sda")),
            List.of(new VmNic("xx", "net", "virtio"), new VmNic("xx", "net", "virtio")));
    assertThatThrownBy(() -> Fixtures.vm("web", h1, bad))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(f -> f.field())
                    .contains(
                        "vcpu",
                        "memoryMb",
                        "disks[0].path",
                        "disks[0].format",
                        "disks[0].capacityBytes",
                        "disks[0].bus",
                        "disks[0].target",
                        "nics[0].macAddress"));
    VmHardware two =
        new VmHardware(
            1,
            512,
            List.of(
                new VmDisk("/a", "raw", 5, DiskBus.SATA, "sda"),
                new VmDisk("/b", "qcow2", 7, DiskBus.VIRTIO, "vda")),
            List.of());
    assertThat(Fixtures.vm("web", h1, two).footprint()).isEqualTo(new VmFootprint(1, 1, 512, 12));
  }
}
