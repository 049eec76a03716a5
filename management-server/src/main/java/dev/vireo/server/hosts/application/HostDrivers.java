package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.ConnectionSpec;
import dev.vireo.drivers.spi.Credentials;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.HypervisorDriverFactory;
import dev.vireo.server.hosts.domain.ConnectionFailure;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.domain.HypervisorKind;
import dev.vireo.server.security.application.RunAsAccountService;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens driver connections: picks the driver factory for a hypervisor kind (found with {@link
 * ServiceLoader}) and logs in with the host's Run As account. Secrets are wiped after use and never
 * logged. Thread-safe.
 */
@ApplicationScoped
public class HostDrivers {
  /** libvirt serves KVM, QEMU, Xen and LXC hosts; Hyper-V has no driver yet. */
  private static final Map<HypervisorKind, String> DRIVER_BY_KIND =
      Map.of(
          HypervisorKind.KVM, "libvirt",
          HypervisorKind.QEMU, "libvirt",
          HypervisorKind.XEN, "libvirt",
          HypervisorKind.LXC, "libvirt");

  @Inject RunAsAccountService runAsAccounts;

  private final Map<String, HypervisorDriverFactory> factories = new ConcurrentHashMap<>();

  /** The id of the driver that serves {@code kind}, or {@code HOSTS_NO_DRIVER}. */
  public String driverIdFor(HypervisorKind kind) {
    return Optional.ofNullable(DRIVER_BY_KIND.get(kind))
        .filter(id -> factory(id).isPresent())
        .orElseThrow(
            () ->
                new DomainException(
                    HostsError.HOSTS_NO_DRIVER,
                    "No hypervisor driver on this server manages " + kind + " hosts."));
  }

  /**
   * Connects to {@code uri} as Run As account {@code runAsAccountId}. Throws {@code
   * HOSTS_UNREACHABLE}, {@code HOSTS_ACCESS_DENIED} or {@code HOSTS_NO_DRIVER}; the driver's own
   * exception is the cause.
   */
  public HypervisorDriver open(String uri, HypervisorKind kind, String runAsAccountId) {
    HypervisorDriverFactory f = factory(driverIdFor(kind)).orElseThrow();
    RunAsAccountService.Credentials c = runAsAccounts.credentialsFor(runAsAccountId);
    Credentials login = new Credentials(c.userName(), c.secret());
    Arrays.fill(c.secret(), '\0');
    try {
      return f.create(ConnectionSpec.of(uri, login));
    } catch (DriverException e) {
      throw DriverFailures.connecting(e, uri);
    } finally {
      login.clear();
    }
  }

  private Optional<HypervisorDriverFactory> factory(String id) {
    HypervisorDriverFactory known = factories.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<HypervisorDriverFactory> found =
        ServiceLoader.load(HypervisorDriverFactory.class, getClass().getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .filter(f -> f.id().equals(id))
            .findFirst();
    found.ifPresent(f -> factories.putIfAbsent(id, f));
    return found.map(f -> factories.get(id));
  }

  /** How a connection error from {@link #open} affects the host's status. */
  static ConnectionFailure failureOf(DomainException e) {
    return e.errorCode() == HostsError.HOSTS_ACCESS_DENIED
        ? ConnectionFailure.ACCESS_DENIED
        : ConnectionFailure.UNREACHABLE;
  }
}
