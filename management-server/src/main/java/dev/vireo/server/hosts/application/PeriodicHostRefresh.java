package dev.vireo.server.hosts.application;

import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.shared.infrastructure.startup.ServerStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Refreshes every managed host every {@code Settings\Inventory\HostRefreshIntervalSeconds}: it
 * reconnects hosts whose connection was lost (bringing them back to Responding and their VMs to
 * their real state) and reconciles the others. Checks once a second which hosts are due, so a
 * changed interval applies at once. Hosts are refreshed one after the other on one thread.
 */
@ApplicationScoped
public class PeriodicHostRefresh {
  private static final Logger LOG = Logger.getLogger(PeriodicHostRefresh.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject SettingsService settings;
  @Inject ManagedHosts managed;
  @Inject HostSynchronizer synchronizer;
  @Inject SystemWork system;

  private final Map<String, Instant> lastRefresh = new ConcurrentHashMap<>();
  private ScheduledFuture<?> ticker;

  void onServerStarted(@Observes ServerStartup.ServerStarted event) {
    ticker = scheduler.scheduleWithFixedDelay(this::tick, 2, 1, TimeUnit.SECONDS);
    LOG.info("VIREO-HOST-008 Periodic host refresh started");
  }

  void tick() {
    system.run("VIREO-HOST-009", "Periodic host refresh", this::refreshDueHosts);
  }

  private void refreshDueHosts() {
    long interval =
        Math.max(1, settings.dword(WellKnownSettings.INVENTORY_HOST_REFRESH_INTERVAL_SECONDS));
    Instant now = Instant.now();
    for (String hostId : managed.managedHostIds()) {
      Instant last = lastRefresh.getOrDefault(hostId, Instant.EPOCH);
      if (last.plusSeconds(interval).isAfter(now)) {
        continue;
      }
      if (managed.find(hostId).isEmpty()) {
        continue; // removed since the list was read
      }
      lastRefresh.put(hostId, now);
      system.run(
          "VIREO-HOST-010",
          "Refreshing host " + hostId,
          () -> synchronizer.refresh(hostId, p -> {}));
    }
  }

  @PreDestroy
  void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }
}
