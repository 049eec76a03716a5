package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.BackupExport;
import dev.vireo.drivers.spi.BackupExport.ExportedDisk;
import dev.vireo.drivers.spi.NbdEndpoint;
import dev.vireo.drivers.spi.PullBackupSpec;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Builds pull-mode {@code <domainbackup>} requests and reads what the host exported. */
final class BackupXml {
  private BackupXml() {}

  /**
   * A pull backup of {@code disks} with one scratch file per disk in the spec's scratch directory,
   * named after the disk and {@code jobTag} so concurrent backups never collide.
   */
  static String pull(PullBackupSpec spec, List<String> disks, String jobTag) {
    StringBuilder xml = new StringBuilder("<domainbackup mode='pull'>");
    spec.incrementalFrom()
        .ifPresent(
            cp -> xml.append("<incremental>").append(Xml.escape(cp)).append("</incremental>"));
    xml.append(server(spec.endpoint())).append("<disks>");
    for (String disk : disks) {
      String scratch = spec.scratchDirectory() + "/" + disk + "-" + jobTag + ".scratch.qcow2";
      xml.append("<disk name='")
          .append(Xml.escape(disk))
          .append("' backup='yes' type='file'><scratch file='")
          .append(Xml.escape(scratch))
          .append("'/></disk>");
    }
    return xml.append("</disks></domainbackup>").toString();
  }

  private static String server(NbdEndpoint endpoint) {
    if (endpoint instanceof NbdEndpoint.Tcp tcp) {
      return "<server transport='tcp' name='"
          + Xml.escape(tcp.host())
          + "' port='"
          + tcp.port()
          + "'/>";
    }
    NbdEndpoint.Unix unix = (NbdEndpoint.Unix) endpoint;
    return "<server transport='unix' socket='" + Xml.escape(unix.socketPath()) + "'/>";
  }

  /** The exports of a running backup, from {@code virDomainBackupGetXMLDesc}. */
  static BackupExport parseExport(String xml, NbdEndpoint endpoint) {
    Element root = Xml.parse(xml).getDocumentElement();
    List<ExportedDisk> disks = new ArrayList<>();
    for (Element d : Xml.child(root, "disks").map(e -> Xml.children(e, "disk")).orElse(List.of())) {
      if (!"yes".equals(d.getAttribute("backup"))) {
        continue;
      }
      String name = d.getAttribute("name");
      disks.add(
          new ExportedDisk(
              name,
              Xml.attr(d, "exportname").orElse(name),
              Xml.attr(d, "exportbitmap").filter(b -> !b.isEmpty())));
    }
    return new BackupExport(endpoint, disks);
  }
}
