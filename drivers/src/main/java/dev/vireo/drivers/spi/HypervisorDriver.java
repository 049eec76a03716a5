package dev.vireo.drivers.spi;

import java.util.List;
import java.util.Optional;

/**
 * One open connection to one host.
 *
 * <p><b>Thread-safety:</b> all methods may be called from several threads at once. Event listeners
 * run on one event thread shared by all drivers of a factory.
 *
 * <p><b>Not found:</b> methods that address a domain, checkpoint, pool or volume that does not
 * exist on this host throw {@link DriverException} with {@link DriverErrorKind#NOT_FOUND}; {@code
 * find*} methods return {@link Optional#empty()} instead. A domain that migrated away is not found
 * on this host.
 *
 * <p><b>Idempotency:</b> lifecycle calls are defined by the state they reach: {@link #start} on a
 * running domain, {@link #destroy} on a stopped one, {@link #suspend} on a paused one and {@link
 * #resume} on a running one do nothing. {@link #undefine} of an unknown domain returns {@code
 * false}. Everything else is not idempotent unless it says so.
 *
 * <p><b>Failures:</b> every method throws {@link DriverException}; {@link
 * DriverException#isTransient()} says whether a retry may help. After {@link
 * DriverEvent.ConnectionLost} every call fails with {@link DriverErrorKind#CONNECTION_LOST}; after
 * {@link #close()} with {@link DriverErrorKind#CLOSED}.
 */
public interface HypervisorDriver extends AutoCloseable {

  /** CPU, memory, storage and identity of the host. */
  HostInfo hostInfo();

  /** The host's raw capabilities document (libvirt: capabilities XML). */
  String capabilitiesXml();

  /** Whether the connection is open and the host answered its last keepalive. */
  boolean isAlive();

  // ---- domains

  /** All domains on the host, defined or running. */
  List<DomainInfo> listDomains();

  Optional<DomainInfo> findDomain(DomainUuid uuid);

  /** Like {@link #findDomain} but throws NOT_FOUND. */
  DomainInfo getDomain(DomainUuid uuid);

  /** The domain's definition as the hypervisor holds it (inactive definition when stopped). */
  String domainXml(DomainUuid uuid);

  /**
   * Defines (creates or updates) a persistent domain from hypervisor XML. With {@code vmId} the id
   * is written into the domain's metadata. Throws ALREADY_EXISTS when another domain has the same
   * name, INVALID_ARGUMENT for bad XML.
   */
  DomainInfo define(String domainXml, Optional<VireoVmId> vmId);

  /** Starts (or restores from managed save) a stopped domain. */
  void start(DomainUuid uuid);

  /** Asks the guest to shut down (ACPI); returns without waiting. */
  void shutdown(DomainUuid uuid);

  /** Powers the domain off at once. */
  void destroy(DomainUuid uuid);

  void suspend(DomainUuid uuid);

  void resume(DomainUuid uuid);

  /** Saves memory to the host and stops; the next {@link #start} resumes. */
  void managedSave(DomainUuid uuid);

  /**
   * Removes a stopped domain's definition with its managed-save image and checkpoint metadata (disk
   * images stay). Returns false if there was no such domain. Throws INVALID_STATE if it runs.
   */
  boolean undefine(DomainUuid uuid);

  /** Writes Vireo's VM id into the domain's metadata (live and persistent definition). */
  void setVireoVmId(DomainUuid uuid, VireoVmId vmId);

  // ---- events

  /** Registers a listener for all domain events of this host and for connection loss. */
  EventSubscription subscribe(DriverEventListener listener);

  // ---- checkpoints and backup

  CheckpointInfo createCheckpoint(DomainUuid uuid, CheckpointSpec spec);

  /** Checkpoints of the domain, oldest first. */
  List<CheckpointInfo> listCheckpoints(DomainUuid uuid);

  /** Deletes one checkpoint, with its bitmaps or only its metadata. */
  void deleteCheckpoint(DomainUuid uuid, String name, CheckpointDeletion mode);

  /**
   * Recreates checkpoint metadata from {@link CheckpointInfo#xml()}. Needed after every migration:
   * libvirt moves the disks' bitmaps with the domain (shared storage and storage copy) but not the
   * checkpoint metadata. On a running domain the host verifies that the bitmaps exist and fails
   * otherwise (the change-tracking chain is broken).
   */
  CheckpointInfo redefineCheckpoint(DomainUuid uuid, String checkpointXml);

  /** Starts a pull backup of a running domain. */
  BackupExport beginPullBackup(DomainUuid uuid, PullBackupSpec spec);

  /** The domain's current job; {@link JobProgress.JobType#NONE} when there is none. */
  JobProgress jobProgress(DomainUuid uuid);

  /** Aborts the domain's current job (ends a pull backup). */
  void abortJob(DomainUuid uuid);

  // ---- migration

  /**
   * Live-migrates a running domain (or moves a stopped one's definition) and blocks until it is
   * done, reporting progress. The domain ends up persistent on the destination and undefined here;
   * its UUID and metadata move with it.
   */
  MigrationResult migrate(DomainUuid uuid, MigrationSpec spec, ProgressListener progress);

  // ---- storage

  List<StoragePoolInfo> listStoragePools();

  /** Creates a sparse volume; ALREADY_EXISTS if the pool has one with that name. */
  StorageVolumeInfo createVolume(String pool, VolumeSpec spec);

  Optional<StorageVolumeInfo> findVolume(String path);

  /** Deletes the volume at {@code path}; false if there was none. */
  boolean deleteVolume(String path);

  /** Closes the connection and ends all subscriptions. Closing twice is harmless. */
  @Override
  void close();
}
