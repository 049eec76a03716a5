package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.BackupExport;
import dev.vireo.drivers.spi.CheckpointDeletion;
import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverEventListener;
import dev.vireo.drivers.spi.EventSubscription;
import dev.vireo.drivers.spi.HostInfo;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.JobProgress;
import dev.vireo.drivers.spi.MigrationResult;
import dev.vireo.drivers.spi.MigrationSpec;
import dev.vireo.drivers.spi.ProgressListener;
import dev.vireo.drivers.spi.PullBackupSpec;
import dev.vireo.drivers.spi.StoragePoolInfo;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import dev.vireo.drivers.spi.VireoVmId;
import dev.vireo.drivers.spi.VolumeSpec;
import java.util.List;
import java.util.Optional;

/** A {@link HypervisorDriver} over one libvirt connection; the work is done by the *Ops. */
final class LibvirtDriver implements HypervisorDriver {
  private final LibvirtSession session;

  // Held so the credential callback outlives the connection (libvirt may re-authenticate).
  @SuppressWarnings("unused")
  private final CredentialCallback credentials;

  private final HostOps host;
  private final DomainOps domains;
  private final BackupOps backup;
  private final MigrationOps migration;
  private final EventDispatcher events;

  LibvirtDriver(LibvirtSession session, CredentialCallback credentials) {
    this.session = session;
    this.credentials = credentials;
    this.host = new HostOps(session);
    this.domains = new DomainOps(session);
    this.backup = new BackupOps(session, domains);
    this.migration = new MigrationOps(session, domains, backup);
    this.events = new EventDispatcher(session);
    events.register();
  }

  @Override
  public HostInfo hostInfo() {
    return host.hostInfo();
  }

  @Override
  public String capabilitiesXml() {
    return host.capabilitiesXml();
  }

  @Override
  public boolean isAlive() {
    return session.isUsable() && session.call(c -> session.api.virConnectIsAlive(c) == 1);
  }

  @Override
  public List<DomainInfo> listDomains() {
    return domains.list();
  }

  @Override
  public Optional<DomainInfo> findDomain(DomainUuid uuid) {
    return domains.find(uuid);
  }

  @Override
  public DomainInfo getDomain(DomainUuid uuid) {
    return domains.get(uuid);
  }

  @Override
  public String domainXml(DomainUuid uuid) {
    return domains.xml(uuid);
  }

  @Override
  public DomainInfo define(String domainXml, Optional<VireoVmId> vmId) {
    return domains.define(domainXml, vmId);
  }

  @Override
  public void start(DomainUuid uuid) {
    domains.start(uuid);
  }

  @Override
  public void shutdown(DomainUuid uuid) {
    domains.shutdown(uuid);
  }

  @Override
  public void destroy(DomainUuid uuid) {
    domains.destroy(uuid);
  }

  @Override
  public void suspend(DomainUuid uuid) {
    domains.suspend(uuid);
  }

  @Override
  public void resume(DomainUuid uuid) {
    domains.resume(uuid);
  }

  @Override
  public void managedSave(DomainUuid uuid) {
    domains.managedSave(uuid);
  }

  @Override
  public boolean undefine(DomainUuid uuid) {
    return domains.undefine(uuid);
  }

  @Override
  public void setVireoVmId(DomainUuid uuid, VireoVmId vmId) {
    domains.setVireoVmId(uuid, vmId);
  }

  @Override
  public EventSubscription subscribe(DriverEventListener listener) {
    return events.subscribe(listener);
  }

  @Override
  public CheckpointInfo createCheckpoint(DomainUuid uuid, CheckpointSpec spec) {
    return backup.createCheckpoint(uuid, spec);
  }

  @Override
  public List<CheckpointInfo> listCheckpoints(DomainUuid uuid) {
    return backup.listCheckpoints(uuid);
  }

  @Override
  public void deleteCheckpoint(DomainUuid uuid, String name, CheckpointDeletion mode) {
    backup.deleteCheckpoint(uuid, name, mode);
  }

  @Override
  public CheckpointInfo redefineCheckpoint(DomainUuid uuid, String checkpointXml) {
    return backup.redefineCheckpoint(uuid, checkpointXml);
  }

  @Override
  public BackupExport beginPullBackup(DomainUuid uuid, PullBackupSpec spec) {
    return backup.beginPullBackup(uuid, spec);
  }

  @Override
  public JobProgress jobProgress(DomainUuid uuid) {
    return backup.jobProgress(uuid);
  }

  @Override
  public void abortJob(DomainUuid uuid) {
    backup.abortJob(uuid);
  }

  @Override
  public MigrationResult migrate(DomainUuid uuid, MigrationSpec spec, ProgressListener progress) {
    return migration.migrate(uuid, spec, progress);
  }

  @Override
  public List<StoragePoolInfo> listStoragePools() {
    return host.listPools();
  }

  @Override
  public StorageVolumeInfo createVolume(String pool, VolumeSpec spec) {
    return host.createVolume(pool, spec);
  }

  @Override
  public Optional<StorageVolumeInfo> findVolume(String path) {
    return host.findVolume(path);
  }

  @Override
  public boolean deleteVolume(String path) {
    return host.deleteVolume(path);
  }

  @Override
  public void close() {
    session.close(events::unregister);
  }
}
