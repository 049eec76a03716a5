package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.spi.BackupExport;
import dev.vireo.drivers.spi.BackupExport.ExportedDisk;
import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import dev.vireo.drivers.spi.NbdEndpoint;
import dev.vireo.drivers.spi.PullBackupSpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckpointAndBackupXmlTest {

  @Test
  void checkpointRequest_listsABitmapPerDisk_orLeavesDisksToLibvirt() {
    assertThat(CheckpointXml.create(new CheckpointSpec("cp1", List.of("vda", "vdb"))))
        .isEqualTo(
            "<domaincheckpoint><name>cp1</name><disks>"
                + "<disk name='vda' checkpoint='bitmap'/><disk name='vdb' checkpoint='bitmap'/>"
                + "</disks></domaincheckpoint>");
    assertThat(CheckpointXml.create(new CheckpointSpec("all", List.of())))
        .isEqualTo("<domaincheckpoint><name>all</name></domaincheckpoint>");
  }

  @Test
  void checkpointDescription_givesNameParentTimeAndTrackedDisks() {
    String xml =
        "<domaincheckpoint><name>cp2</name><parent><name>cp1</name></parent>"
            + "<creationTime>1763769600</creationTime><disks>"
            + "<disk name='vda' checkpoint='bitmap' bitmap='cp2'/><disk name='hdc' checkpoint='no'/>"
            + "</disks><domain type='qemu'><name>x</name></domain></domaincheckpoint>";
    CheckpointInfo info = CheckpointXml.parse(xml);
    assertThat(info.name()).isEqualTo("cp2");
    assertThat(info.parent()).contains("cp1");
    assertThat(info.createdAt()).isEqualTo(Instant.ofEpochSecond(1763769600));
    assertThat(info.disks()).containsExactly("vda");
    assertThat(info.xml()).isEqualTo(xml);
  }

  @Test
  void pullRequest_isIncrementalWithTcpServerAndOneScratchFilePerDisk() {
    PullBackupSpec spec =
        new PullBackupSpec(
            Optional.of("cp1"),
            Optional.empty(),
            new NbdEndpoint.Tcp("10.0.0.5", 10809),
            List.of(),
            "/var/tmp");
    assertThat(BackupXml.pull(spec, List.of("vda"), "t1"))
        .isEqualTo(
            "<domainbackup mode='pull'><incremental>cp1</incremental>"
                + "<server transport='tcp' name='10.0.0.5' port='10809'/><disks>"
                + "<disk name='vda' backup='yes' type='file'>"
                + "<scratch file='/var/tmp/vda-t1.scratch.qcow2'/></disk></disks></domainbackup>");
  }

  @Test
  void pullRequest_fullBackupOverUnixSocket_hasNoIncrementalElement() {
    PullBackupSpec spec =
        new PullBackupSpec(
            Optional.empty(),
            Optional.empty(),
            new NbdEndpoint.Unix("/run/vireo/nbd.sock"),
            List.of(),
            "/s");
    assertThat(BackupXml.pull(spec, List.of("vda"), "t"))
        .doesNotContain("incremental")
        .contains("<server transport='unix' socket='/run/vireo/nbd.sock'/>");
  }

  @Test
  void exportDescription_listsBackedUpDisksWithExportAndBitmapNames() {
    String desc =
        "<domainbackup mode='pull' id='1'><incremental>cp1</incremental>"
            + "<server transport='tcp' name='10.77.0.1' port='10809'/><disks>"
            + "<disk name='vda' backup='yes' type='file' backupmode='incremental' incremental='cp1'"
            + " exportname='vda' exportbitmap='backup-vda'><driver type='qcow2'/>"
            + "<scratch file='/s/vda.qcow2'/></disk><disk name='vdb' backup='yes' type='file'/>"
            + "<disk name='hdc' backup='no'/></disks></domainbackup>";
    NbdEndpoint endpoint = new NbdEndpoint.Tcp("10.77.0.1", 10809);
    BackupExport export = BackupXml.parseExport(desc, endpoint);
    assertThat(export.disks())
        .containsExactly(
            new ExportedDisk("vda", "vda", Optional.of("backup-vda")),
            new ExportedDisk("vdb", "vdb", Optional.empty()));
    assertThat(endpoint.uri("vda")).isEqualTo("nbd://10.77.0.1:10809/vda");
  }
}
