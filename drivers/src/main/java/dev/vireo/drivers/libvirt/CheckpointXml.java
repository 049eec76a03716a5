package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/** Builds {@code <domaincheckpoint>} requests and reads the host's checkpoint descriptions. */
final class CheckpointXml {
  private CheckpointXml() {}

  /** Creation request: a bitmap per listed disk, or libvirt's default (all disks) if none. */
  static String create(CheckpointSpec spec) {
    StringBuilder xml = new StringBuilder("<domaincheckpoint><name>");
    xml.append(Xml.escape(spec.name())).append("</name>");
    if (!spec.disks().isEmpty()) {
      xml.append("<disks>");
      for (String disk : spec.disks()) {
        xml.append("<disk name='").append(Xml.escape(disk)).append("' checkpoint='bitmap'/>");
      }
      xml.append("</disks>");
    }
    return xml.append("</domaincheckpoint>").toString();
  }

  static CheckpointInfo parse(String xml) {
    Element root = Xml.parse(xml).getDocumentElement();
    List<String> disks =
        Xml.child(root, "disks").map(d -> Xml.children(d, "disk")).orElse(List.of()).stream()
            .filter(d -> !"no".equals(d.getAttribute("checkpoint")))
            .map(d -> d.getAttribute("name"))
            .toList();
    return new CheckpointInfo(
        Xml.text(root, "name").orElse(""),
        Xml.text(root, "parent", "name"),
        Instant.ofEpochSecond(Xml.text(root, "creationTime").map(Long::parseLong).orElse(0L)),
        disks,
        xml);
  }
}
