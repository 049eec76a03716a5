package dev.vireo.drivers.spi;

import java.util.List;

/**
 * What a host reports about itself.
 *
 * @param uuid the host's own UUID
 * @param hostname the host name as the host sees it
 * @param hypervisor hypervisor type as reported, e.g. {@code QEMU}
 * @param hypervisorVersion hypervisor version, e.g. {@code 7.2.0}
 * @param cpu CPU model and topology
 * @param memoryBytes total memory
 * @param freeMemoryBytes memory not in use
 * @param storagePools storage pools the host knows
 */
public record HostInfo(
    HostUuid uuid,
    String hostname,
    String hypervisor,
    String hypervisorVersion,
    CpuInfo cpu,
    long memoryBytes,
    long freeMemoryBytes,
    List<StoragePoolInfo> storagePools) {

  public HostInfo {
    storagePools = List.copyOf(storagePools);
  }

  /** CPU model and topology; {@code logicalCpus} is what VMs can be scheduled on. */
  public record CpuInfo(
      String model,
      int logicalCpus,
      int mhz,
      int sockets,
      int coresPerSocket,
      int threadsPerCore) {}
}
