package dev.vireo.server.shared.infrastructure.startup;

import dev.vireo.server.security.application.BootstrapAdministrator;
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

  private volatile boolean ready;

  @PostConstruct
  void start() {
    bootstrap.ensureAdministrator(
        ServerEnvironment.setting("vireo.admin.password", "VIREO_ADMIN_PASSWORD"));
    started.fire(new ServerStarted());
    ready = true;
    LOG.info("VIREO-SRV-001 Vireo management server is ready");
  }

  public boolean isReady() {
    return ready;
  }

  /** Fired once per process after the schema is current and bootstrap is done. */
  public record ServerStarted() {}
}
