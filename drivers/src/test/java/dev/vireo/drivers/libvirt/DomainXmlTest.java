package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainInfo.DiskInfo;
import dev.vireo.drivers.spi.DomainInfo.NicInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.VireoVmId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainXmlTest {
  /** {@code virsh dumpxml} of the lab guest with Vireo metadata set through virsh. */
  private static String sample() throws IOException {
    try (InputStream in =
        DomainXmlTest.class.getResourceAsStream("/libvirt/domain-tiny-guest.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void parse_readsIdentitySizeDisksNicsAndVireoId() throws IOException {
    DomainXml xml = DomainXml.parse(sample());
    assertThat(xml.uuid()).contains(DomainUuid.parse("4921fef6-c363-44dd-bfad-3966d235127b"));
    assertThat(xml.name()).isEqualTo("sample");
    assertThat(xml.vcpus()).isEqualTo(1);
    assertThat(xml.memoryBytes()).isEqualTo(128L << 20);
    assertThat(xml.disks())
        .containsExactly(
            new DiskInfo(
                "vda",
                Optional.of("/var/lib/vireo-lab/shared/sample.qcow2"),
                DiskFormat.QCOW2,
                Optional.empty(),
                "virtio",
                "disk"));
    assertThat(xml.nics())
        .containsExactly(
            new NicInfo("52:54:00:12:34:56", "network", Optional.of("default"), "virtio"));
    assertThat(xml.vireoVmId()).contains(VireoVmId.parse("3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"));
  }

  @Test
  void withVireoVmId_addsMetadataToADomainWithout_andReplacesAnExistingId() throws IOException {
    VireoVmId first = new VireoVmId(UUID.randomUUID());
    String plain = "<domain type='qemu'><name>a</name></domain>";
    String once = DomainXml.parse(plain).withVireoVmId(first);
    assertThat(DomainXml.parse(once).vireoVmId()).contains(first);

    VireoVmId second = new VireoVmId(UUID.randomUUID());
    String replaced = DomainXml.parse(sample()).withVireoVmId(second);
    assertThat(DomainXml.parse(replaced).vireoVmId()).contains(second);
    assertThat(replaced).containsOnlyOnce("https://vireo.dev/xmlns/libvirt/vm/1");
  }

  @Test
  void vireoVmId_isEmptyWithoutOurElementOrWithAMalformedId() {
    assertThat(
            DomainXml.parse("<domain><metadata><other xmlns='urn:x'/></metadata></domain>")
                .vireoVmId())
        .isEmpty();
    String foreignNs =
        "<domain><metadata><v:vm xmlns:v='urn:other'><v:id>"
            + UUID.randomUUID()
            + "</v:id></v:vm></metadata></domain>";
    assertThat(DomainXml.parse(foreignNs).vireoVmId()).isEmpty();
    String badId =
        "<domain><metadata><v:vm xmlns:v='"
            + DomainXml.METADATA_NS
            + "'><v:id>not-a-uuid</v:id></v:vm></metadata></domain>";
    assertThat(DomainXml.parse(badId).vireoVmId()).isEmpty();
  }

  @Test
  void withDiskPaths_changesOnlyTheListedTargets() throws IOException {
    String moved =
        DomainXml.parse(sample())
            .withDiskPaths(Map.of("vda", "/var/lib/libvirt/images/x.qcow2", "vdz", "/nope"));
    assertThat(DomainXml.parse(moved).disks())
        .extracting(DiskInfo::path)
        .containsExactly(Optional.of("/var/lib/libvirt/images/x.qcow2"));
  }

  @Test
  void parse_rejectsDoctypeAndNonDomainDocuments() {
    String xxe =
        "<!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><domain><name>&e;</name></domain>";
    assertThatThrownBy(() -> DomainXml.parse(xxe))
        .isInstanceOfSatisfying(
            DriverException.class,
            e -> assertThat(e.kind()).isEqualTo(DriverErrorKind.INVALID_ARGUMENT));
    assertThatThrownBy(() -> DomainXml.parse("<network/>")).isInstanceOf(DriverException.class);
  }

  @Test
  void toBytes_understandsLibvirtUnits() {
    assertThat(DomainXml.toBytes("131072", "KiB")).isEqualTo(128L << 20);
    assertThat(DomainXml.toBytes("2", "GiB")).isEqualTo(2L << 30);
    assertThat(DomainXml.toBytes("512", "M")).isEqualTo(512L << 20);
    assertThat(DomainXml.toBytes("1", "GB")).isEqualTo(1_000_000_000L);
    assertThat(DomainXml.toBytes("7", "bytes")).isEqualTo(7);
  }
}
