package dev.vireo.server.inventory.domain;

import java.util.List;
import java.util.Optional;

/** Small domain objects for unit tests. */
final class Fixtures {
  private Fixtures() {}

  static Host host(HostGroup group, String name) {
    return Host.register(
        new HostSpec(
            name,
            "",
            name + ".lab",
            HypervisorKind.KVM,
            "qemu+ssh://root@" + name + "/system",
            "runas-1"),
        group,
        new HostCapacity(16, 1L << 36, 1L << 40));
  }

  static VmHardware hardware(int vcpu, long memoryMb, long diskBytes) {
    return new VmHardware(
        vcpu,
        memoryMb,
        List.of(new VmDisk("/images/a.qcow2", "qcow2", diskBytes, DiskBus.VIRTIO, "vda")),
        List.of(new VmNic("52:54:00:00:00:01", "default", "virtio")));
  }

  static Vm vm(String name, Host host, VmHardware hw) {
    return Vm.register(
        name,
        "",
        Optional.empty(),
        host,
        hw,
        VmStatus.RUNNING,
        Optional.empty(),
        PlacementInitiator.VIREO,
        "tester");
  }
}
