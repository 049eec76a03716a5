package dev.vireo.server.inventory.domain;

/**
 * What VMs take from a cloud's quota: a count and their summed vCPU, memory and storage. A cloud's
 * usage is the footprint of all VMs placed in it.
 */
public record VmFootprint(long vms, long vcpu, long memoryMb, long storageBytes) {
  public static final VmFootprint NONE = new VmFootprint(0, 0, 0, 0);

  public VmFootprint plus(VmFootprint o) {
    return new VmFootprint(
        vms + o.vms, vcpu + o.vcpu, memoryMb + o.memoryMb, storageBytes + o.storageBytes);
  }

  public VmFootprint minus(VmFootprint o) {
    return new VmFootprint(
        vms - o.vms, vcpu - o.vcpu, memoryMb - o.memoryMb, storageBytes - o.storageBytes);
  }
}
