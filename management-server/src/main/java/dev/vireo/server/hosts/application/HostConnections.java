package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.EventSubscription;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.inventory.domain.Host;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The connection manager: at most one open {@link HypervisorDriver} per managed host, subscribed to
 * the host's events. The driver does not reconnect by itself; {@link #connect} opens a new
 * connection when there is none or the last one died, and the periodic refresh calls it. Also
 * tracks the VMs an operation of this server is moving, so refreshes leave them alone meanwhile.
 *
 * <p>Thread-safe: connecting to one host is serialized per host; different hosts connect in
 * parallel.
 */
@ApplicationScoped
public class HostConnections {
  private static final Logger LOG = Logger.getLogger(HostConnections.class.getName());

  @Inject HostDrivers drivers;
  @Inject HostEventRelay events;

  /** An open connection and the login it was opened with (URI and Run As account). */
  private record Live(HypervisorDriver driver, EventSubscription subscription, String login) {}

  private final Map<String, Live> live = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Set<String> busyVms = ConcurrentHashMap.newKeySet();

  /**
   * The host's open connection, connecting first if there is none or it died. Throws {@code
   * HOSTS_UNREACHABLE} or {@code HOSTS_ACCESS_DENIED}.
   */
  public HypervisorDriver connect(Host host) {
    synchronized (lockOf(host.id())) {
      Live l = live.get(host.id());
      if (l != null && l.driver().isAlive() && l.login().equals(loginOf(host))) {
        return l.driver();
      }
      if (l != null) {
        live.remove(host.id());
        close(l);
      }
      HypervisorDriver d =
          drivers.open(host.connectionUri(), host.hypervisorKind(), host.runAsAccountId());
      adopt(host, d);
      LOG.info(
          () -> "VIREO-HOST-001 Connected to host " + host.id() + " at " + host.connectionUri());
      return d;
    }
  }

  /**
   * Keeps {@code driver} as the host's connection (closing any previous one) and subscribes. A
   * connection is reopened when the host's URI or Run As account changes.
   */
  public void adopt(Host host, HypervisorDriver driver) {
    String hostId = host.id();
    synchronized (lockOf(hostId)) {
      EventSubscription s = driver.subscribe(e -> events.onEvent(hostId, driver, e));
      Live previous = live.put(hostId, new Live(driver, s, loginOf(host)));
      if (previous != null && previous.driver() != driver) {
        close(previous);
      }
    }
  }

  /** The host's connection if it is open and alive; never connects. */
  public Optional<HypervisorDriver> current(String hostId) {
    return Optional.ofNullable(live.get(hostId))
        .map(Live::driver)
        .filter(HypervisorDriver::isAlive);
  }

  /** Hosts with an open connection. */
  public Set<String> connectedHosts() {
    return Set.copyOf(live.keySet());
  }

  /** Forgets {@code driver} as the host's connection after it was lost. */
  void lost(String hostId, HypervisorDriver driver) {
    synchronized (lockOf(hostId)) {
      Live l = live.get(hostId);
      if (l != null && l.driver() == driver) {
        live.remove(hostId);
        close(l);
      }
    }
  }

  /** Closes the host's connection, if any. */
  public void disconnect(String hostId) {
    synchronized (lockOf(hostId)) {
      Optional.ofNullable(live.remove(hostId)).ifPresent(HostConnections::close);
    }
  }

  /** Disconnects a host that is no longer managed and drops the state kept for it. */
  public void forget(String hostId) {
    disconnect(hostId);
    locks.remove(hostId);
  }

  /** How many hosts this registry keeps state for. */
  int trackedHosts() {
    return locks.size() + live.size();
  }

  /** Marks a VM as being moved by this server until {@link #release}. */
  public void markBusy(String vmId) {
    busyVms.add(vmId);
  }

  public void release(String vmId) {
    busyVms.remove(vmId);
  }

  public Set<String> busyVms() {
    return Set.copyOf(busyVms);
  }

  @PreDestroy
  void closeAll() {
    live.keySet().forEach(this::disconnect);
  }

  private static String loginOf(Host host) {
    return host.connectionUri() + " as " + host.runAsAccountId();
  }

  private Object lockOf(String hostId) {
    return locks.computeIfAbsent(hostId, k -> new Object());
  }

  private static void close(Live l) {
    try {
      l.subscription().close();
      l.driver().close();
    } catch (RuntimeException e) {
      LOG.fine(() -> "closing a host connection: " + e);
    }
  }
}
