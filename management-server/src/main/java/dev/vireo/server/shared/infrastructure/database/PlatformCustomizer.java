package dev.vireo.server.shared.infrastructure.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Chooses EclipseLink's database platform from the configured engine. {@code persistence.xml} names
 * SQL Server (the production target) so that EclipseLink never auto-detects; this customizer then
 * switches to the platform of the engine actually configured.
 */
public class PlatformCustomizer implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    String platform =
        switch (DatabaseConfiguration.current().engine()) {
          case H2 -> H2SqlServerPlatform.class.getName();
          case POSTGRESQL -> "org.eclipse.persistence.platform.database.PostgreSQLPlatform";
          case SQLSERVER -> "org.eclipse.persistence.platform.database.SQLServerPlatform";
        };
    session.getLogin().setPlatformClassName(platform);
  }
}
