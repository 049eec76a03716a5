package dev.vireo.server.shared.infrastructure.startup;

import dev.vireo.server.security.application.BootstrapAdministrator;
import dev.vireo.server.settings.application.SettingsService;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.shared.infrastructure.database.ServerEnvironment;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs once the schema is current: creates the first Administrator on an empty database, then tells
 * the contexts that the server is up ({@link ServerStarted}), e.g. so jobs interrupted by a crash
 * are marked failed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ServerStartup {
  private static final Logger LOG = Logger.getLogger(ServerStartup.class.getName());

  @Inject BootstrapAdministrator bootstrap;
  @Inject Event<ServerStarted> started;
  @Inject SettingsService settings;

  private volatile boolean ready;

  @PostConstruct
  void start() {
    recordHttpPort();
    bootstrap.ensureAdministrator(
        ServerEnvironment.setting("vireo.admin.password", "VIREO_ADMIN_PASSWORD"));
    started.fire(new ServerStarted());
    ready = true;
    LOG.info("VIREO-SRV-001 Vireo management server is ready");
  }

  /** Records the port given at start in the machine-local {@code Settings\\Node\\HttpPort}. */
  private void recordHttpPort() {
    ServerEnvironment.setting("vireo.http.port", "VIREO_HTTP_PORT")
        .ifPresent(
            p -> {
              try {
                long port = Long.parseLong(p);
                settings.createKey(WellKnownSettings.NODE);
                settings.setValue(
                    WellKnownSettings.NODE,
                    RegistryValue.dword(WellKnownSettings.NODE_HTTP_PORT.name(), port));
              } catch (RuntimeException e) {
                LOG.warning(
                    "VIREO-SRV-002 Could not record the HTTP port "
                        + p
                        + " in Settings\\Node: "
                        + e.getMessage());
              }
            });
  }

  public boolean isReady() {
    return ready;
  }

  /** Fired once per process after the schema is current and bootstrap is done. */
  public record ServerStarted() {}
}
