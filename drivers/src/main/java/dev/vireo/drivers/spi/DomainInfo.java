package dev.vireo.drivers.spi;

import java.util.List;
import java.util.Optional;

/**
 * A domain (VM) as its host describes it.
 *
 * @param vireoVmId Vireo's id from the domain's metadata; empty for domains Vireo has not adopted
 * @param persistent whether the domain is defined (survives being stopped)
 */
public record DomainInfo(
    DomainUuid uuid,
    String name,
    DomainState state,
    int vcpus,
    long memoryBytes,
    List<DiskInfo> disks,
    List<NicInfo> nics,
    Optional<VireoVmId> vireoVmId,
    boolean persistent) {

  public DomainInfo {
    disks = List.copyOf(disks);
    nics = List.copyOf(nics);
  }

  /**
   * A disk of a domain.
   *
   * @param target guest device name, e.g. {@code vda}
   * @param path image file or block device; empty for network or empty drives
   * @param capacityBytes virtual size, when the host could read it
   */
  public record DiskInfo(
      String target,
      Optional<String> path,
      DiskFormat format,
      Optional<Long> capacityBytes,
      String bus,
      String device) {}

  /**
   * A network interface of a domain.
   *
   * @param type e.g. {@code network}, {@code bridge}, {@code user}
   * @param source network or bridge name; empty when there is none
   */
  public record NicInfo(String mac, String type, Optional<String> source, String model) {}
}
