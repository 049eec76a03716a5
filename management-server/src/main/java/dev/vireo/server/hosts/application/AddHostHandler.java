package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.HostInfo;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.HostSpec;
import dev.vireo.server.inventory.domain.HypervisorKind;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.application.RunAsAccountService;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code Hosts.Add}: connects to a host with a Run As account, reads its capacity, registers it in
 * a host group as a managed, Responding host and imports its domains as VMs. Nothing is stored when
 * the host cannot be reached or refuses the login. Parameters: {@code address}, optional {@code
 * connectionUri} (default {@code qemu+tcp://<address>/system}), {@code runAsAccountId}, {@code
 * hostGroupId}, optional {@code name} (default the address), {@code description} and {@code
 * hypervisorKind} (default KVM).
 */
@ApplicationScoped
public class AddHostHandler implements JobHandler {
  public static final String TYPE = "Hosts.Add";
  static final String CONNECT = "Connect to the host";
  static final String CAPACITY = "Read the host's capacity";
  static final String REGISTER = "Register the host";
  static final String IMPORT = "Import virtual machines";
  private static final Set<String> PARAMETERS =
      Set.of(
          "address",
          "connectionUri",
          "runAsAccountId",
          "hostGroupId",
          "name",
          "description",
          "hypervisorKind");

  @Inject HostAccess access;
  @Inject HostDrivers drivers;
  @Inject HostConnections connections;
  @Inject HostSynchronizer synchronizer;
  @Inject ManagedHosts managed;
  @Inject HostRepository hosts;
  @Inject RunAsAccountService runAsAccounts;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    p.requireOnly(PARAMETERS);
    HostSpec spec = spec(p);
    spec.check(Validation.start())
        .requireText(p.optionalString("hostGroupId").orElse(null), "hostGroupId")
        .throwIfInvalid();
    access.writableGroup(p.optionalString("hostGroupId").orElseThrow());
    drivers.driverIdFor(spec.kind());
    runAsAccounts.get(spec.runAsAccountId());
    hosts
        .findByName(spec.name())
        .ifPresent(
            h -> {
              throw InventoryErrors.duplicate("host", spec.name(), "");
            });
    managed
        .managedWithUri(spec.connectionUri())
        .ifPresent(
            h -> {
              throw new DomainException(
                  HostsError.HOSTS_ALREADY_MANAGED,
                  "Host '" + h.name() + "' already connects to " + spec.connectionUri() + ".");
            });
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return "Add host " + spec(p).name();
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(CONNECT, CAPACITY, REGISTER, IMPORT);
  }

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of("host-uri:" + spec(p).connectionUri().toLowerCase(Locale.ROOT));
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    HostSpec spec = spec(job.parameters());
    String groupId = job.parameters().optionalString("hostGroupId").orElseThrow();
    AtomicReference<HypervisorDriver> driver = new AtomicReference<>();
    AtomicReference<HostInfo> info = new AtomicReference<>();
    AtomicReference<Host> host = new AtomicReference<>();
    try {
      job.step(
          CONNECT,
          () -> driver.set(drivers.open(spec.connectionUri(), spec.kind(), spec.runAsAccountId())));
      job.step(CAPACITY, () -> info.set(driver.get().hostInfo()));
      job.step(
          REGISTER,
          () ->
              host.set(
                  managed.register(
                      spec,
                      groupId,
                      HostSynchronizer.capacity(info.get()),
                      drivers.driverIdFor(spec.kind()))));
    } catch (Exception e) {
      Optional.ofNullable(driver.get()).ifPresent(HypervisorDriver::close);
      throw e;
    }
    connections.adopt(host.get(), driver.get());
    AtomicReference<HostSynchronizer.RefreshSummary> summary = new AtomicReference<>();
    job.step(
        IMPORT,
        () -> summary.set(synchronizer.reconcile(host.get().id(), driver.get(), job::progress)));
    job.result(summary.get().json(host.get().id()));
  }

  static HostSpec spec(JobParameters p) {
    Optional<String> address = p.optionalString("address");
    String uri =
        p.optionalString("connectionUri")
            .orElse(address.map(a -> "qemu+tcp://" + a + "/system").orElse(null));
    String kind = p.optionalString("hypervisorKind").orElse("KVM").toUpperCase(Locale.ROOT);
    return new HostSpec(
        p.optionalString("name").or(() -> address).orElse(null),
        p.optionalString("description").orElse(null),
        address.orElse(null),
        parseKind(kind),
        uri,
        p.optionalString("runAsAccountId").orElse(null));
  }

  private static HypervisorKind parseKind(String kind) {
    try {
      return HypervisorKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
