package dev.vireo.server.hosts.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.VireoVmId;
import dev.vireo.server.inventory.domain.DiskBus;
import dev.vireo.server.inventory.domain.VmHardware;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.shared.domain.Validation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DomainMappingTest {
  @Test
  void everyDomainState_mapsToAStatusTheHostCanReport() {
    for (DomainState s : DomainState.values()) {
      assertThat(DomainMapping.status(s))
          .as(s.name())
          .isNotIn(VmStatus.MISSING, VmStatus.HOST_NOT_RESPONDING);
    }
    assertThat(DomainMapping.status(DomainState.SHUTTING_DOWN)).isEqualTo(VmStatus.RUNNING);
    assertThat(DomainMapping.status(DomainState.SAVED)).isEqualTo(VmStatus.SAVED);
    assertThat(DomainMapping.status(DomainState.CRASHED)).isEqualTo(VmStatus.STOPPED);
  }

  @Test
  void hardware_keepsFileDisks_skipsCdromsAndEmptyDrives_andPassesInventoryValidation() {
    DomainInfo d =
        new DomainInfo(
            new DomainUuid(UUID.randomUUID()),
            "web01",
            DomainState.RUNNING,
            2,
            128L << 20,
            List.of(
                new DomainInfo.DiskInfo(
                    "vda",
                    Optional.of("/img/a.qcow2"),
                    DiskFormat.QCOW2,
                    Optional.of(1L << 30),
                    "virtio",
                    "disk"),
                new DomainInfo.DiskInfo(
                    "sda", Optional.empty(), DiskFormat.RAW, Optional.empty(), "sata", "cdrom"),
                new DomainInfo.DiskInfo(
                    "sdb",
                    Optional.of("/img/b.raw"),
                    DiskFormat.OTHER,
                    Optional.empty(),
                    "scsi",
                    "disk")),
            List.of(new DomainInfo.NicInfo("52:54:00:aa:bb:cc", "user", Optional.empty(), "")),
            Optional.of(new VireoVmId(UUID.randomUUID())),
            true);
    VmHardware hw = DomainMapping.hardware(d);
    assertThat(hw.vcpu()).isEqualTo(2);
    assertThat(hw.memoryMb()).isEqualTo(128);
    assertThat(hw.disks()).extracting(x -> x.target()).containsExactly("vda", "sdb");
    assertThat(hw.disks().get(1).bus()).isEqualTo(DiskBus.SCSI);
    assertThat(hw.disks().get(1).format()).isEqualTo("RAW");
    assertThat(hw.nics().get(0).model()).isEqualTo("virtio");
    assertThat(hw.check(Validation.start()).hasErrors()).isFalse();
  }

  @Test
  void domainNamesTheInventoryWouldRefuse_becomeValidVmNames() {
    assertThat(DomainMapping.vmName("web01")).isEqualTo("web01");
    assertThat(DomainMapping.vmName("_hidden")).isEqualTo("vm-_hidden");
    assertThat(DomainMapping.vmName("a/b:c")).isEqualTo("a-b-c");
    assertThat(
            Validation.start().requireName(DomainMapping.vmName("x".repeat(300)), "n").hasErrors())
        .isFalse();
  }
}
