package dev.vireo.drivers.spi;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens connections to hosts of one hypervisor kind. One instance per process, found with {@link
 * ServiceLoader} ({@code META-INF/services/dev.vireo.drivers.spi.HypervisorDriverFactory}).
 *
 * <p>Thread-safety: implementations are thread-safe; {@link #create} may be called concurrently.
 */
public interface HypervisorDriverFactory {

  /** Stable identifier stored with a host, e.g. {@code "libvirt"}. */
  String id();

  /** What drivers made by this factory can do. */
  DriverCapabilities capabilities();

  /**
   * Connects to the host described by {@code spec} and authenticates with its credentials.
   *
   * @throws DriverException {@link DriverErrorKind#AUTH_FAILED} when the host refuses the
   *     credentials, {@link DriverErrorKind#UNREACHABLE} (transient) when it cannot be reached,
   *     {@link DriverErrorKind#INVALID_ARGUMENT} for an address this driver cannot use
   */
  HypervisorDriver create(ConnectionSpec spec);

  /** The factory with the given id among those on the class path. */
  static Optional<HypervisorDriverFactory> find(String id) {
    return ServiceLoader.load(HypervisorDriverFactory.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(f -> f.id().equals(id))
        .findFirst();
  }
}
