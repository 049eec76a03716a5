package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.VireoVmId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates tiny guests on lab hosts for a test and removes them from every host afterwards. */
final class LabDomains implements AutoCloseable {
  private final Lab lab;
  private final List<HypervisorDriver> hosts;
  private final List<DomainUuid> created = new ArrayList<>();

  LabDomains(Lab lab, HypervisorDriver... hosts) {
    this.lab = lab;
    this.hosts = List.of(hosts);
  }

  static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Defines a guest with a fresh shared disk on {@code host}. */
  DomainInfo define(HypervisorDriver host, String name, Optional<VireoVmId> vmId) {
    Path disk = lab.sharedDisk(name, "64M");
    DomainInfo info = host.define(lab.guestXml(name, disk), vmId);
    created.add(info.uuid());
    return info;
  }

  /** Defines and starts a guest on lab host {@code hostIndex} and waits for its shell. */
  DomainInfo boot(HypervisorDriver host, int hostIndex, String name, Optional<VireoVmId> vmId) {
    DomainInfo info = define(host, name, vmId);
    host.start(info.uuid());
    lab.awaitGuest(hostIndex, name, Duration.ofSeconds(120));
    return info;
  }

  @Override
  public void close() {
    for (DomainUuid uuid : created) {
      for (HypervisorDriver host : hosts) {
        try {
          host.destroy(uuid);
          host.undefine(uuid);
        } catch (DriverException e) {
          // not on this host, or the host is gone: nothing to clean there
        }
      }
    }
  }
}
