package dev.vireo.server.shared.infrastructure.startup;

import dev.vireo.server.shared.infrastructure.database.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema is current, start-up has finished and the database answers. Served by
 * Payara's MicroProfile Health at {@code /health/ready} (liveness at {@code /health/live}); public
 * on purpose, for load balancers, and it reveals nothing but UP or DOWN per check.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject SchemaMigrator migrator;
  @Inject ServerStartup startup;

  @Resource(lookup = "java:app/jdbc/vireo")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    boolean up = migrator.isReady() && startup.isReady() && databaseAnswers();
    return HealthCheckResponse.named("vireo-database").status(up).build();
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
