package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.drivers.spi.BackupExport;
import dev.vireo.drivers.spi.CheckpointDeletion;
import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.JobProgress;
import dev.vireo.drivers.spi.NbdEndpoint;
import dev.vireo.drivers.spi.PullBackupSpec;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Checkpoints and pull-mode backup of a running tiny guest on lab host h1. */
@ExtendWith(LabExtension.class)
class LibvirtBackupIT {
  private static final long DISK_BYTES = 64L << 20;
  private static final int NBD_PORT = 10809;

  private Lab lab;
  private HypervisorDriver h1;
  private LabDomains domains;

  @BeforeEach
  void connect(Lab lab) {
    this.lab = lab;
    h1 = new LibvirtDriverFactory().create(Lab.spec(1));
    domains = new LabDomains(lab, h1);
  }

  @AfterEach
  void cleanUp() {
    domains.close();
    h1.close();
  }

  @Test
  void pullBackup_exportsTheLiveDiskWithBitmapOfChangesSinceCheckpoint_untilAborted()
      throws Exception {
    String name = LabDomains.uniqueName("bk");
    DomainUuid uuid = domains.boot(h1, 1, name, Optional.empty()).uuid();
    h1.createCheckpoint(uuid, new CheckpointSpec("cp1", List.of("vda")));
    lab.guestCommand(1, name, "pattern 8 1 205");

    BackupExport export =
        h1.beginPullBackup(
            uuid,
            new PullBackupSpec(
                Optional.of("cp1"),
                Optional.of(new CheckpointSpec("cp2", List.of("vda"))),
                new NbdEndpoint.Tcp(Lab.ip(1), NBD_PORT),
                List.of(),
                "/var/lib/libvirt/images"));

    assertThat(export.disks()).hasSize(1);
    BackupExport.ExportedDisk vda = export.disks().get(0);
    assertThat(vda.target()).isEqualTo("vda");
    assertThat(vda.dirtyBitmap()).isPresent();
    String uri = export.endpoint().uri(vda.exportName());
    assertThat(nbdinfo("--size", uri).trim()).isEqualTo(String.valueOf(DISK_BYTES));
    String map = nbdinfo("--map=qemu:dirty-bitmap:" + vda.dirtyBitmap().get(), uri);
    assertThat(dirtyExtents(map))
        .as("exactly the 1 MiB written at 8 MiB")
        .containsExactly((8L << 20) + "+" + (1L << 20));
    assertThat(h1.jobProgress(uuid).type()).isNotEqualTo(JobProgress.JobType.NONE);

    h1.abortJob(uuid);

    awaitNoJob(uuid);
    assertThat(h1.listCheckpoints(uuid))
        .extracting(CheckpointInfo::name)
        .containsExactly("cp1", "cp2");
  }

  @Test
  void checkpoint_deletedAsMetadataOnly_canBeRedefinedFromItsXml() {
    String name = LabDomains.uniqueName("cp");
    DomainUuid uuid = domains.define(h1, name, Optional.empty()).uuid();
    h1.start(uuid);
    h1.createCheckpoint(uuid, new CheckpointSpec("base", List.of("vda")));
    CheckpointInfo next = h1.createCheckpoint(uuid, new CheckpointSpec("next", List.of("vda")));
    assertThat(next.parent()).contains("base");

    h1.deleteCheckpoint(uuid, "next", CheckpointDeletion.METADATA_ONLY);
    assertThat(h1.listCheckpoints(uuid)).extracting(CheckpointInfo::name).containsExactly("base");
    CheckpointInfo redefined = h1.redefineCheckpoint(uuid, next.xml());

    assertThat(redefined.name()).isEqualTo("next");
    assertThat(redefined.parent()).contains("base");
    assertThat(h1.listCheckpoints(uuid))
        .extracting(CheckpointInfo::name)
        .containsExactly("base", "next");
    h1.deleteCheckpoint(uuid, "next", CheckpointDeletion.WITH_BITMAPS);
    assertThat(h1.listCheckpoints(uuid)).extracting(CheckpointInfo::name).containsExactly("base");
  }

  private void awaitNoJob(DomainUuid uuid) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (h1.jobProgress(uuid).type() != JobProgress.JobType.NONE) {
      assertThat(System.nanoTime()).as("backup job ends after abort").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static String nbdinfo(String option, String uri) {
    return Lab.runProcess(List.of("nbdinfo", option, uri), Duration.ofSeconds(30));
  }

  /** "offset+length" of each dirty extent in {@code nbdinfo --map} output. */
  private static List<String> dirtyExtents(String map) {
    return map.lines()
        .map(String::trim)
        .filter(l -> l.endsWith("dirty"))
        .map(l -> l.split("\\s+"))
        .map(f -> f[0] + "+" + f[1])
        .toList();
  }
}
