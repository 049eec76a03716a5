package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The virtual hardware of a VM.
 *
 * @param vcpu virtual CPUs, 1 to 1024
 * @param memoryMb memory in MiB, 4 to 16 TiB
 * @param disks up to 64 disks with distinct guest targets
 * @param nics up to 64 network adapters with distinct MAC addresses
 */
public record VmHardware(int vcpu, long memoryMb, List<VmDisk> disks, List<VmNic> nics) {
  public static final long MAX_MEMORY_MB = 16L * 1024 * 1024;

  public VmHardware {
    disks = disks == null ? List.of() : List.copyOf(disks);
    nics = nics == null ? List.of() : List.copyOf(nics);
  }

  public Validation check(Validation v) {
    v.requireRange(vcpu, 1, 1024, "vcpu")
        .requireRange(memoryMb, 4, MAX_MEMORY_MB, "memoryMb")
        .require(disks.size() <= 64, "disks", "at most 64 disks")
        .require(nics.size() <= 64, "nics", "at most 64 NICs");
    Set<String> targets = new HashSet<>();
    for (int i = 0; i < disks.size(); i++) {
      VmDisk d = disks.get(i);
      d.check(v, "disks[" + i + "].");
      v.require(
          d.target() == null || targets.add(d.target()),
          "disks[" + i + "].target",
          "is used by another disk of this VM");
    }
    Set<String> macs = new HashSet<>();
    for (int i = 0; i < nics.size(); i++) {
      VmNic n = nics.get(i);
      n.check(v, "nics[" + i + "].");
      v.require(
          n.macAddress() == null || macs.add(n.macAddress()),
          "nics[" + i + "].macAddress",
          "is used by another NIC of this VM");
    }
    return v;
  }

  /** The disks' capacity in all, in bytes. */
  public long storageBytes() {
    return disks.stream().mapToLong(VmDisk::capacityBytes).sum();
  }

  public VmFootprint footprint() {
    return new VmFootprint(1, vcpu, memoryMb, storageBytes());
  }
}
