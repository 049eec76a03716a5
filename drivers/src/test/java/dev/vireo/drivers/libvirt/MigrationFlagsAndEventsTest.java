package dev.vireo.drivers.libvirt;

import static dev.vireo.drivers.libvirt.MigrationFlags.ABORT_ON_ERROR;
import static dev.vireo.drivers.libvirt.MigrationFlags.LIVE;
import static dev.vireo.drivers.libvirt.MigrationFlags.NON_SHARED_DISK;
import static dev.vireo.drivers.libvirt.MigrationFlags.OFFLINE;
import static dev.vireo.drivers.libvirt.MigrationFlags.PEER2PEER;
import static dev.vireo.drivers.libvirt.MigrationFlags.PERSIST_DEST;
import static dev.vireo.drivers.libvirt.MigrationFlags.UNDEFINE_SOURCE;
import static dev.vireo.drivers.libvirt.MigrationFlags.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.DriverEvent.Direction;
import dev.vireo.drivers.spi.DriverEvent.LifecycleKind;
import dev.vireo.drivers.spi.MigrationSpec;
import dev.vireo.drivers.spi.VolumeSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MigrationFlagsAndEventsTest {
  private static final int MOVE = PEER2PEER | PERSIST_DEST | UNDEFINE_SOURCE;
  private final DomainUuid uuid = new DomainUuid(UUID.randomUUID());
  private final Instant now = Instant.now();

  @Test
  void runningDomainOnSharedStorage_migratesLivePeerToPeerAndMovesItsDefinition() {
    assertThat(MigrationFlags.select(MigrationSpec.sharedStorage("qemu+tcp://b/system"), true))
        .isEqualTo(MOVE | LIVE | ABORT_ON_ERROR);
  }

  @Test
  void storageCopy_addsNonSharedDisk_andUnsafeOnlyWhenAllowed() {
    MigrationSpec copy = MigrationSpec.copyStorage("qemu+tcp://b/system", Map.of());
    assertThat(MigrationFlags.select(copy, true))
        .isEqualTo(MOVE | LIVE | ABORT_ON_ERROR | NON_SHARED_DISK);
    assertThat(MigrationFlags.select(copy.allowingUnsafe(), true) & UNSAFE).isEqualTo(UNSAFE);
  }

  @Test
  void stoppedDomain_movesOffline_butCannotCopyStorage() {
    assertThat(MigrationFlags.select(MigrationSpec.sharedStorage("u"), false))
        .isEqualTo(MOVE | OFFLINE);
    assertThatThrownBy(() -> MigrationFlags.select(MigrationSpec.copyStorage("u", Map.of()), false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lifecycleCallback_mapsEventAndDetail() {
    List<DriverEvent> events = LifecycleEvents.map(3, 0, uuid, "vm", now);
    assertThat(events)
        .containsExactly(
            new DriverEvent.DomainLifecycle(uuid, "vm", LifecycleKind.SUSPENDED, "paused", now));
    assertThat(LifecycleEvents.detail(5, 1)).isEqualTo("destroyed");
    assertThat(LifecycleEvents.detail(5, 99)).isEqualTo("unknown(99)");
    assertThat(LifecycleEvents.kind(42)).isEqualTo(LifecycleKind.OTHER);
  }

  @Test
  void endOfMigration_alsoYieldsMigratedEventOnSourceAndDestination() {
    assertThat(LifecycleEvents.map(5, 3, uuid, "vm", now))
        .contains(new DriverEvent.DomainMigrated(uuid, "vm", Direction.OUTGOING, now));
    assertThat(LifecycleEvents.map(4, 1, uuid, "vm", now))
        .contains(new DriverEvent.DomainMigrated(uuid, "vm", Direction.INCOMING, now));
    assertThat(LifecycleEvents.map(2, 1, uuid, "vm", now)).hasSize(1);
  }

  @Test
  void closeReasons_andDomainStates_areMapped() {
    assertThat(LifecycleEvents.lossReason(1)).isEqualTo(DriverEvent.LossReason.END_OF_FILE);
    assertThat(LifecycleEvents.lossReason(2)).isEqualTo(DriverEvent.LossReason.KEEPALIVE_TIMEOUT);
    assertThat(DomainStates.of(5, true)).isEqualTo(DomainState.SAVED);
    assertThat(DomainStates.of(5, false)).isEqualTo(DomainState.STOPPED);
    assertThat(DomainStates.of(2, false)).isEqualTo(DomainState.RUNNING);
    assertThat(DomainStates.of(3, false)).isEqualTo(DomainState.PAUSED);
    assertThat(DomainStates.of(9, false)).isEqualTo(DomainState.UNKNOWN);
    assertThat(HostOps.versionText(7_002_022)).isEqualTo("7.2.22");
  }

  @Test
  void qcow2Volumes_areRequestedSparseAndInQcow2Version3_soTheyCanHoldBitmaps() {
    String xml = HostOps.volumeXml(new VolumeSpec("d.qcow2", 1L << 30, DiskFormat.QCOW2));
    assertThat(xml).contains("<allocation>0</allocation>").contains("<compat>1.1</compat>");
    assertThat(HostOps.volumeXml(new VolumeSpec("d.raw", 1L << 30, DiskFormat.RAW)))
        .doesNotContain("compat");
  }
}
