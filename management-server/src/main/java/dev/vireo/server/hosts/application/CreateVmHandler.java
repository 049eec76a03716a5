package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import dev.vireo.drivers.spi.VireoVmId;
import dev.vireo.drivers.spi.VolumeSpec;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.application.TemplateService;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.HardwareProfile;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.PlacementInitiator;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code Vms.Create}: creates a stopped VM on managed host {@code hostId} from hardware profile
 * {@code hardwareProfileId}, with either a new disk of {@code diskSizeBytes} in pool {@code pool}
 * or an existing image at {@code diskPath} (a library or shared disk). Optional {@code domainType}
 * ({@code kvm}, default, or {@code qemu}) and {@code description}. The VM's Vireo id is written
 * into the domain's metadata. A name already used on the host is refused before the job is created.
 */
@ApplicationScoped
public class CreateVmHandler implements JobHandler {
  public static final String TYPE = "Vms.Create";
  static final String DISK = "Prepare the disk";
  static final String DEFINE = "Define the VM on the host";
  static final String REGISTER = "Register the VM";
  private static final Set<String> PARAMETERS =
      Set.of(
          "name",
          "description",
          "hostId",
          "hardwareProfileId",
          "pool",
          "diskSizeBytes",
          "diskPath",
          "domainType");

  @Inject HostAccess access;
  @Inject ManagedHosts managed;
  @Inject HostConnections connections;
  @Inject TemplateService templates;
  @Inject VmRepository vms;
  @Inject VmRegistry vmRegistry;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    p.requireOnly(PARAMETERS);
    String name = p.optionalString("name").orElse(null);
    Validation.start()
        .requireName(name, "name")
        .requireText(p.optionalString("hostId").orElse(null), "hostId")
        .requireText(p.optionalString("hardwareProfileId").orElse(null), "hardwareProfileId")
        .require(
            p.optionalString("pool").isPresent() != p.optionalString("diskPath").isPresent(),
            "pool",
            "give either pool (a new disk) or diskPath (an existing image)")
        .require(Set.of("kvm", "qemu").contains(domainType(p)), "domainType", "must be kvm or qemu")
        .require(
            p.optionalString("diskPath").isPresent()
                || p.longValue("diskSizeBytes", 1L << 30, 1L << 20, 1L << 44) > 0,
            "diskSizeBytes",
            "must be 1 MiB to 16 TiB")
        .throwIfInvalid();
    Host h = access.writableHost(p.optionalString("hostId").orElseThrow());
    managed.require(h);
    templates.profile(p.optionalString("hardwareProfileId").orElseThrow());
    vms.findOnHostByName(h.id(), name)
        .ifPresent(
            v -> {
              throw InventoryErrors.duplicate("VM", name, " on host '" + h.name() + "'");
            });
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return "Create VM " + p.optionalString("name").orElse("");
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(DISK, DEFINE, REGISTER);
  }

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of(
        "vm-name:"
            + p.optionalString("hostId").orElse("")
            + ":"
            + p.optionalString("name").orElse("").toLowerCase(Locale.ROOT));
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    JobParameters p = job.parameters();
    Host h = access.writableHost(p.optionalString("hostId").orElseThrow());
    HardwareProfile profile =
        templates.profile(p.optionalString("hardwareProfileId").orElseThrow());
    HypervisorDriver d = connections.connect(h);
    String vmId = UUID.randomUUID().toString();
    String name = p.optionalString("name").orElseThrow();
    AtomicReference<StorageVolumeInfo> disk = new AtomicReference<>();
    AtomicReference<DomainInfo> domain = new AtomicReference<>();
    connections.markBusy(vmId);
    try {
      job.step(DISK, () -> disk.set(disk(d, h, p, name, vmId)));
      job.step(
          DEFINE,
          () ->
              domain.set(
                  d.define(
                      LibvirtDomainXml.of(
                          name,
                          profile.vcpu(),
                          profile.memoryMb(),
                          domainType(p),
                          disk.get().path(),
                          disk.get().format().name(),
                          profile.diskBus()),
                      Optional.of(new VireoVmId(UUID.fromString(vmId))))));
      job.step(REGISTER, () -> register(h, vmId, name, p, domain.get()));
    } catch (DriverException e) {
      cleanUp(d, p, disk.get(), domain.get());
      throw DriverFailures.operation(e, "Creating VM '" + name + "' on host '" + h.name() + "'");
    } catch (Exception e) {
      cleanUp(d, p, disk.get(), domain.get());
      throw e;
    } finally {
      connections.release(vmId);
    }
    job.result(
        "{\"vmId\":\""
            + vmId
            + "\",\"hostId\":\""
            + h.id()
            + "\",\"diskPath\":\""
            + disk.get().path()
            + "\"}");
  }

  private void register(Host h, String vmId, String name, JobParameters p, DomainInfo info) {
    vmRegistry.registerWithId(
        vmId,
        new VmRegistry.VmRegistration(
            name,
            p.optionalString("description").orElse(""),
            Optional.of(info.uuid().toString()),
            Optional.of(h.id()),
            Optional.empty(),
            DomainMapping.hardware(info),
            VmStatus.STOPPED,
            Optional.empty(),
            PlacementInitiator.VIREO));
  }

  private static StorageVolumeInfo disk(
      HypervisorDriver d, Host h, JobParameters p, String name, String vmId) {
    Optional<String> pool = p.optionalString("pool");
    if (pool.isPresent()) {
      if (d.listStoragePools().stream().noneMatch(x -> x.name().equals(pool.get()) && x.active())) {
        throw new DomainException(
            HostsError.HOSTS_NO_STORAGE,
            "Host '"
                + h.name()
                + "' has no active storage pool '"
                + pool.get()
                + "' (NO_STORAGE).");
      }
      long size = p.longValue("diskSizeBytes", 1L << 30, 1L << 20, 1L << 44);
      return d.createVolume(
          pool.get(),
          new VolumeSpec(
              name + "-" + vmId.substring(0, 8) + "-disk0.qcow2", size, DiskFormat.QCOW2));
    }
    String path = p.optionalString("diskPath").orElseThrow();
    return PoolFiles.find(d, path)
        .orElseThrow(
            () ->
                new DomainException(
                    HostsError.HOSTS_NO_STORAGE,
                    "Host '"
                        + h.name()
                        + "' has no disk image at "
                        + path
                        + " in any of its storage pools (NO_STORAGE)."));
  }

  private static void cleanUp(
      HypervisorDriver d, JobParameters p, StorageVolumeInfo disk, DomainInfo domain) {
    try {
      if (domain != null) {
        d.undefine(domain.uuid());
      }
      if (disk != null && p.optionalString("pool").isPresent()) {
        d.deleteVolume(disk.path());
      }
    } catch (DriverException e) {
      // best effort: the job's error says what failed first
    }
  }

  private static String domainType(JobParameters p) {
    return p.optionalString("domainType").orElse("kvm");
  }
}
