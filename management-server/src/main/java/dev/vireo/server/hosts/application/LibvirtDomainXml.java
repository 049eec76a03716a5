package dev.vireo.server.hosts.application;

import dev.vireo.server.inventory.domain.DiskBus;
import java.util.Locale;

/**
 * Domain XML for a new VM on a libvirt host, from a hardware profile and one disk image. The VM has
 * no network adapter and boots from its disk (a blank disk leaves it running in the BIOS). {@code
 * domainType} {@code qemu} (TCG) is for hosts without usable KVM, such as the lab.
 */
final class LibvirtDomainXml {
  private LibvirtDomainXml() {}

  static String of(
      String name,
      int vcpu,
      long memoryMb,
      String domainType,
      String diskPath,
      String format,
      DiskBus bus) {
    String cpu =
        "qemu".equals(domainType)
            ? "<cpu mode='custom' match='exact'><model>qemu64</model></cpu>"
            : "";
    return "<domain type='"
        + domainType
        + "'>"
        + "<name>"
        + escape(name)
        + "</name>"
        + "<memory unit='MiB'>"
        + memoryMb
        + "</memory>"
        + "<vcpu>"
        + vcpu
        + "</vcpu>"
        + "<os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>"
        + "<features><acpi/></features>"
        + cpu
        + "<clock offset='utc'/>"
        + "<on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>"
        + "<devices>"
        + "<disk type='file' device='disk'><driver name='qemu' type='"
        + format.toLowerCase(Locale.ROOT)
        + "' cache='none'/><source file='"
        + escape(diskPath)
        + "'/>"
        + "<target dev='"
        + target(bus)
        + "' bus='"
        + bus.name().toLowerCase(Locale.ROOT)
        + "'/></disk>"
        + "<video><model type='none'/></video><memballoon model='none'/>"
        + "</devices></domain>";
  }

  static String target(DiskBus bus) {
    return switch (bus) {
      case VIRTIO -> "vda";
      case IDE -> "hda";
      case SCSI, SATA -> "sda";
    };
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace("\"", "&quot;");
  }
}
