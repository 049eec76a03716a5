package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.server.hosts.domain.ObservedDomain;
import dev.vireo.server.inventory.domain.DiskBus;
import dev.vireo.server.inventory.domain.VmDisk;
import dev.vireo.server.inventory.domain.VmHardware;
import dev.vireo.server.inventory.domain.VmNic;
import dev.vireo.server.inventory.domain.VmStatus;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Maps what a driver reports about a domain to inventory terms. */
final class DomainMapping {
  private static final long MIB = 1024L * 1024;
  private static final Pattern TARGET = Pattern.compile("[a-z]{2,4}[a-z0-9]{0,12}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._\\-]{0,127}");

  private DomainMapping() {}

  static VmStatus status(DomainState s) {
    return switch (s) {
      case RUNNING, SHUTTING_DOWN -> VmStatus.RUNNING;
      case PAUSED, GUEST_SUSPENDED -> VmStatus.PAUSED;
      case SAVED -> VmStatus.SAVED;
      case STOPPED, CRASHED, UNKNOWN -> VmStatus.STOPPED;
    };
  }

  static ObservedDomain observed(DomainInfo d) {
    return new ObservedDomain(
        d.uuid().toString(), d.vireoVmId().map(Object::toString), d.name(), status(d.state()));
  }

  static VmHardware hardware(DomainInfo d) {
    List<VmDisk> disks =
        d.disks().stream()
            .filter(x -> x.path().isPresent() && "disk".equals(x.device()))
            .filter(x -> TARGET.matcher(x.target()).matches())
            .map(DomainMapping::disk)
            .toList();
    List<VmNic> nics =
        d.nics().stream()
            .map(n -> new VmNic(n.mac(), network(n), n.model().isBlank() ? "virtio" : n.model()))
            .toList();
    return new VmHardware(Math.max(1, d.vcpus()), Math.max(4, d.memoryBytes() / MIB), disks, nics);
  }

  private static VmDisk disk(DomainInfo.DiskInfo x) {
    String format =
        switch (x.format()) {
          case QCOW2 -> "QCOW2";
          case RAW, OTHER -> "RAW";
        };
    return new VmDisk(
        x.path().orElseThrow(),
        format,
        x.capacityBytes().filter(c -> c > 0).orElse(1L),
        bus(x.bus()),
        x.target());
  }

  private static DiskBus bus(String bus) {
    return switch (bus.toLowerCase(Locale.ROOT)) {
      case "scsi" -> DiskBus.SCSI;
      case "sata" -> DiskBus.SATA;
      case "ide" -> DiskBus.IDE;
      default -> DiskBus.VIRTIO;
    };
  }

  private static String network(DomainInfo.NicInfo n) {
    String s = n.source().orElse(n.type());
    return NAME.matcher(s).matches() ? s : "unnamed";
  }

  /** A domain name as a VM name: names the inventory would refuse are cut to what it accepts. */
  static String vmName(String domainName) {
    String cleaned = domainName.replaceAll("[^A-Za-z0-9 ._\\-]", "-");
    String named =
        !cleaned.isEmpty() && Character.isLetterOrDigit(cleaned.charAt(0))
            ? cleaned
            : "vm-" + cleaned;
    return named.length() > 128 ? named.substring(0, 128) : named;
  }
}
