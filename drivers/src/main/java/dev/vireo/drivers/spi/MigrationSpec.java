package dev.vireo.drivers.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A live migration to another host, driven by the source host (peer to peer).
 *
 * @param destinationUri address of the destination host as the <em>source host</em> reaches it (it
 *     logs in there with its own configured credentials)
 * @param storage whether disks are shared or copied
 * @param diskPaths new image path per disk target on the destination (storage copy to another
 *     path); disks not listed keep their path. The images must exist on the destination (create
 *     them with {@link HypervisorDriver#createVolume} there first).
 * @param allowUnsafe migrate even if the hypervisor cannot prove the storage is safe to share (e.g.
 *     a local file system used as shared storage in a lab)
 * @param bandwidthMiBps limit, if any
 * @param pollInterval how often progress is reported
 */
public record MigrationSpec(
    String destinationUri,
    StorageMode storage,
    Map<String, String> diskPaths,
    boolean allowUnsafe,
    Optional<Long> bandwidthMiBps,
    Duration pollInterval) {

  /** How disks get to the destination. */
  public enum StorageMode {
    /** Both hosts see the disk images at the same paths; only memory moves. */
    SHARED,
    /** Disk contents are copied to images on the destination while the domain runs. */
    COPY_ALL
  }

  public MigrationSpec {
    Objects.requireNonNull(destinationUri, "destinationUri");
    Objects.requireNonNull(storage, "storage");
    diskPaths = Map.copyOf(diskPaths);
    Objects.requireNonNull(bandwidthMiBps, "bandwidthMiBps");
    Objects.requireNonNull(pollInterval, "pollInterval");
  }

  public static MigrationSpec sharedStorage(String destinationUri) {
    return new MigrationSpec(
        destinationUri,
        StorageMode.SHARED,
        Map.of(),
        false,
        Optional.empty(),
        Duration.ofMillis(250));
  }

  public static MigrationSpec copyStorage(String destinationUri, Map<String, String> diskPaths) {
    return new MigrationSpec(
        destinationUri,
        StorageMode.COPY_ALL,
        diskPaths,
        false,
        Optional.empty(),
        Duration.ofMillis(250));
  }

  public MigrationSpec allowingUnsafe() {
    return new MigrationSpec(
        destinationUri, storage, diskPaths, true, bandwidthMiBps, pollInterval);
  }
}
