package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.lab.Benchmarks;
import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.EventRecorder;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.HypervisorDriverFactory;
import dev.vireo.drivers.spi.JobProgress;
import dev.vireo.drivers.spi.MigrationResult;
import dev.vireo.drivers.spi.MigrationSpec;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import dev.vireo.drivers.spi.VireoVmId;
import dev.vireo.drivers.spi.VolumeSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Live migration between lab hosts h1 and h2 with a running tiny guest. */
@ExtendWith(LabExtension.class)
class LibvirtMigrationIT {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

  private Lab lab;
  private HypervisorDriver h1;
  private HypervisorDriver h2;
  private LabDomains domains;

  @BeforeEach
  void connect(Lab lab) {
    this.lab = lab;
    HypervisorDriverFactory factory = new LibvirtDriverFactory();
    h1 = factory.create(Lab.spec(1));
    h2 = factory.create(Lab.spec(2));
    domains = new LabDomains(lab, h1, h2);
  }

  @AfterEach
  void cleanUp() {
    domains.close();
    h1.close();
    h2.close();
  }

  @Test
  void liveMigration_sharedThenWithStorageCopy_keepsIdentityDataAndGuestUptime() throws Exception {
    String name = LabDomains.uniqueName("mig");
    VireoVmId vmId = new VireoVmId(UUID.randomUUID());
    DomainUuid uuid = domains.boot(h1, 1, name, Optional.of(vmId)).uuid();
    lab.guestCommand(1, name, "pattern 1 2 171");
    String checksum = diskChecksum(1, name);
    double uptimeBefore = uptime(1, name);
    CheckpointInfo checkpoint =
        h1.createCheckpoint(uuid, new CheckpointSpec("before-move", List.of("vda")));
    EventRecorder events1 = new EventRecorder();
    EventRecorder events2 = new EventRecorder();
    h1.subscribe(events1);
    h2.subscribe(events2);

    List<JobProgress> progress = new CopyOnWriteArrayList<>();
    MigrationResult shared =
        h1.migrate(uuid, MigrationSpec.sharedStorage(Lab.uri(2)).allowingUnsafe(), progress::add);

    assertArrived(h2, uuid, vmId);
    assertThat(h1.findDomain(uuid)).as("left the source").isEmpty();
    events1.await(migrated(uuid, DriverEvent.Direction.OUTGOING), EVENT_TIMEOUT);
    events2.await(migrated(uuid, DriverEvent.Direction.INCOMING), EVENT_TIMEOUT);
    assertThat(progress).as("progress reported while migrating").isNotEmpty();
    double uptimeAfterShared = uptime(2, name);
    assertThat(uptimeAfterShared).as("guest kept running").isGreaterThan(uptimeBefore);
    assertThat(diskChecksum(2, name)).isEqualTo(checksum);
    assertCheckpointMetadataStayedBehindButBitmapMoved(h2, uuid, checkpoint);

    StorageVolumeInfo local =
        h1.createVolume("local", new VolumeSpec(name + ".qcow2", 64L << 20, DiskFormat.QCOW2));
    MigrationResult copied =
        h2.migrate(
            uuid, MigrationSpec.copyStorage(Lab.uri(1), Map.of("vda", local.path())), p -> {});

    DomainInfo back = assertArrived(h1, uuid, vmId);
    assertThat(back.disks().get(0).path()).contains(local.path());
    assertThat(uptime(1, name)).isGreaterThan(uptimeAfterShared);
    assertThat(diskChecksum(1, name)).as("disk contents copied").isEqualTo(checksum);
    assertCheckpointMetadataStayedBehindButBitmapMoved(h1, uuid, checkpoint);
    Benchmarks.record("migration.shared_storage.ms=" + shared.duration().toMillis());
    Benchmarks.record("migration.storage_copy_64MiB_disk.ms=" + copied.duration().toMillis());
  }

  @Test
  void migration_toHostWithoutTheTargetStorage_failsWithNoStorage_andDomainStaysAtSource() {
    String name = LabDomains.uniqueName("mig-nostore");
    DomainUuid uuid = domains.define(h1, name, Optional.empty()).uuid();
    h1.start(uuid);
    MigrationSpec spec =
        MigrationSpec.copyStorage(Lab.uri(2), Map.of("vda", "/nonexistent/" + name + ".qcow2"));

    DriverException e = null;
    try {
      h1.migrate(uuid, spec, p -> {});
    } catch (DriverException thrown) {
      e = thrown;
    }

    assertThat(e).as("migration must fail").isNotNull();
    assertThat(e.kind()).isEqualTo(DriverErrorKind.NO_STORAGE);
    assertThat(h1.getDomain(uuid).state()).isEqualTo(DomainState.RUNNING);
    assertThat(h2.findDomain(uuid)).isEmpty();
  }

  /** Redefinition validates the bitmap on a running domain, so success means it moved. */
  private static void assertCheckpointMetadataStayedBehindButBitmapMoved(
      HypervisorDriver host, DomainUuid uuid, CheckpointInfo checkpoint) {
    assertThat(host.listCheckpoints(uuid)).as("checkpoint metadata is not migrated").isEmpty();
    host.redefineCheckpoint(uuid, checkpoint.xml());
    assertThat(host.listCheckpoints(uuid))
        .extracting(CheckpointInfo::name)
        .containsExactly(checkpoint.name());
  }

  private static DomainInfo assertArrived(HypervisorDriver host, DomainUuid uuid, VireoVmId id) {
    DomainInfo info = host.getDomain(uuid);
    assertThat(info.state()).isEqualTo(DomainState.RUNNING);
    assertThat(info.persistent()).isTrue();
    assertThat(info.vireoVmId()).as("Vireo VM id survives migration").contains(id);
    return info;
  }

  private static java.util.function.Predicate<DriverEvent> migrated(
      DomainUuid uuid, DriverEvent.Direction direction) {
    return e ->
        e instanceof DriverEvent.DomainMigrated m
            && m.uuid().equals(uuid)
            && m.direction() == direction;
  }

  private double uptime(int host, String name) {
    return Double.parseDouble(lab.guestCommand(host, name, "cut -d' ' -f1 /proc/uptime").trim());
  }

  /** Checksum of the first 4 MiB as the guest reads them from disk (page cache dropped). */
  private String diskChecksum(int host, String name) {
    return lab.guestCommand(
            host,
            name,
            "sync; echo 3 > /proc/sys/vm/drop_caches; dd if=/dev/vda bs=1M count=4 2>/dev/null | md5sum")
        .trim()
        .split("\\s+")[0];
  }
}
