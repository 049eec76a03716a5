package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.hosts.domain.ConnectionFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Turns driver events into inventory changes, off the driver's event thread. A lost connection
 * makes the host Not Responding (and its VMs Host Not Responding) at once; domain lifecycle and
 * migration events trigger a reconcile of that host. Reconciles of one host coalesce: events that
 * arrive while one is queued ride along with it.
 */
@ApplicationScoped
public class HostEventRelay {
  private static final Logger LOG = Logger.getLogger(HostEventRelay.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  @Inject HostConnections connections;
  @Inject HostSynchronizer synchronizer;
  @Inject SystemWork system;

  private final Set<String> queued = ConcurrentHashMap.newKeySet();

  /** Called on the driver's event thread: only hands work over. */
  void onEvent(String hostId, HypervisorDriver driver, DriverEvent event) {
    if (event instanceof DriverEvent.ConnectionLost lost) {
      if (lost.reason() != DriverEvent.LossReason.CLOSED_BY_CLIENT) {
        submit(() -> connectionLost(hostId, driver, lost));
      }
      return;
    }
    if (queued.add(hostId)) {
      submit(() -> reconcile(hostId, driver));
    }
  }

  private void connectionLost(
      String hostId, HypervisorDriver driver, DriverEvent.ConnectionLost e) {
    LOG.warning("VIREO-HOST-004 Lost the connection to host " + hostId + " (" + e.reason() + ")");
    connections.lost(hostId, driver);
    system.run(
        "VIREO-HOST-005",
        "Marking host " + hostId + " not responding",
        () ->
            synchronizer.markFailed(
                hostId,
                ConnectionFailure.UNREACHABLE,
                "Connection lost (" + e.reason() + "); the server retries at every refresh"));
  }

  private void reconcile(String hostId, HypervisorDriver driver) {
    queued.remove(hostId);
    if (!driver.isAlive()) {
      return;
    }
    system.run(
        "VIREO-HOST-006",
        "Reconciling host " + hostId + " after an event",
        () -> synchronizer.reconcile(hostId, driver, p -> {}));
  }

  private void submit(Runnable r) {
    try {
      executor.execute(r);
    } catch (RejectedExecutionException e) {
      LOG.warning("VIREO-HOST-007 Host event dropped, the server is stopping: " + e.getMessage());
    }
  }
}
