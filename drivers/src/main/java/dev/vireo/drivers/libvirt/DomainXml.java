package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainInfo.DiskInfo;
import dev.vireo.drivers.spi.DomainInfo.NicInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.VireoVmId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads and edits libvirt domain XML: the facts Vireo needs, Vireo's metadata element and disk
 * source paths. Disk capacities are not in the XML; the driver asks the host for them.
 */
final class DomainXml {
  /** Namespace of Vireo's element in a domain's {@code <metadata>}. */
  static final String METADATA_NS = "https://vireo.dev/xmlns/libvirt/vm/1";

  static final String METADATA_PREFIX = "vireo";

  private final Element root;

  private DomainXml(Document doc) {
    this.root = doc.getDocumentElement();
    if (!"domain".equals(root.getLocalName())) {
      throw new DriverException(DriverErrorKind.INVALID_ARGUMENT, "not a <domain> document");
    }
  }

  static DomainXml parse(String xml) {
    return new DomainXml(Xml.parse(xml));
  }

  Optional<DomainUuid> uuid() {
    return Xml.text(root, "uuid").map(DomainUuid::parse);
  }

  String name() {
    return Xml.text(root, "name").orElse("");
  }

  int vcpus() {
    return Xml.text(root, "vcpu").map(Integer::parseInt).orElse(1);
  }

  long memoryBytes() {
    Optional<Element> mem = Xml.child(root, "currentMemory").or(() -> Xml.child(root, "memory"));
    return mem.map(e -> toBytes(e.getTextContent().trim(), Xml.attr(e, "unit").orElse("KiB")))
        .orElse(0L);
  }

  /** Disks without capacity, in document order. */
  List<DiskInfo> disks() {
    List<DiskInfo> result = new ArrayList<>();
    for (Element disk : devices("disk")) {
      Optional<Element> target = Xml.child(disk, "target");
      Optional<String> path =
          Xml.child(disk, "source").flatMap(s -> Xml.attr(s, "file").or(() -> Xml.attr(s, "dev")));
      DiskFormat format =
          Xml.child(disk, "driver")
              .flatMap(d -> Xml.attr(d, "type"))
              .map(DiskFormat::fromXmlName)
              .orElse(DiskFormat.RAW);
      result.add(
          new DiskInfo(
              target.flatMap(t -> Xml.attr(t, "dev")).orElse(""),
              path.filter(p -> !p.isEmpty()),
              format,
              Optional.empty(),
              target.flatMap(t -> Xml.attr(t, "bus")).orElse(""),
              Xml.attr(disk, "device").orElse("disk")));
    }
    return result;
  }

  List<NicInfo> nics() {
    List<NicInfo> result = new ArrayList<>();
    for (Element nic : devices("interface")) {
      Optional<Element> source = Xml.child(nic, "source");
      result.add(
          new NicInfo(
              Xml.child(nic, "mac").flatMap(m -> Xml.attr(m, "address")).orElse(""),
              Xml.attr(nic, "type").orElse(""),
              source.flatMap(s -> Xml.attr(s, "network").or(() -> Xml.attr(s, "bridge"))),
              Xml.child(nic, "model").flatMap(m -> Xml.attr(m, "type")).orElse("")));
    }
    return result;
  }

  /** Vireo's VM id from {@code <metadata><vireo:vm><id>}, if present and well-formed. */
  Optional<VireoVmId> vireoVmId() {
    return Xml.child(root, "metadata")
        .flatMap(DomainXml::vireoElement)
        .flatMap(vm -> Xml.text(vm, "id"))
        .flatMap(DomainXml::parseVmId);
  }

  /** The document with Vireo's metadata element set to {@code id} (replacing an old one). */
  String withVireoVmId(VireoVmId id) {
    Document doc = root.getOwnerDocument();
    Element metadata =
        Xml.child(root, "metadata")
            .orElseGet(() -> (Element) root.appendChild(doc.createElement("metadata")));
    vireoElement(metadata).ifPresent(metadata::removeChild);
    Element vm = doc.createElementNS(METADATA_NS, METADATA_PREFIX + ":vm");
    Element idElement = doc.createElementNS(METADATA_NS, METADATA_PREFIX + ":id");
    idElement.setTextContent(id.toString());
    vm.appendChild(idElement);
    metadata.appendChild(vm);
    return Xml.serialize(doc);
  }

  /** The metadata fragment for {@code virDomainSetMetadata} (namespace given separately). */
  static String metadataFragment(VireoVmId id) {
    return "<vm><id>" + id + "</id></vm>";
  }

  /** The document with disk source files replaced per target ({@code vda} → new path). */
  String withDiskPaths(Map<String, String> pathsByTarget) {
    for (Element disk : devices("disk")) {
      String target = Xml.child(disk, "target").flatMap(t -> Xml.attr(t, "dev")).orElse("");
      String path = pathsByTarget.get(target);
      if (path != null) {
        Xml.child(disk, "source").ifPresent(s -> s.setAttribute("file", path));
      }
    }
    return Xml.serialize(root.getOwnerDocument());
  }

  private List<Element> devices(String name) {
    return Xml.child(root, "devices").map(d -> Xml.children(d, name)).orElse(List.of());
  }

  private static Optional<Element> vireoElement(Element metadata) {
    return Xml.children(metadata, "vm").stream()
        .filter(e -> METADATA_NS.equals(e.getNamespaceURI()))
        .findFirst();
  }

  private static Optional<VireoVmId> parseVmId(String text) {
    try {
      return Optional.of(VireoVmId.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static long toBytes(String value, String unit) {
    long v = Long.parseLong(value);
    return switch (unit) {
      case "b", "bytes" -> v;
      case "KB" -> v * 1000;
      case "k", "KiB" -> v * 1024;
      case "MB" -> v * 1000_000;
      case "M", "MiB" -> v << 20;
      case "GB" -> v * 1000_000_000;
      case "G", "GiB" -> v << 30;
      default -> throw new DriverException(DriverErrorKind.INVALID_ARGUMENT, "unit " + unit);
    };
  }
}
