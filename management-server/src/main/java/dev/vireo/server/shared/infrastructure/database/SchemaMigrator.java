package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.db.migration.MigrationReport;
import dev.vireo.db.migration.MigrationRunner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the database to the current schema before anything else touches it. The migration itself
 * usually started earlier, beside the container's deployment work ({@link EarlyMigration}); this
 * bean waits for it, or migrates through the pool when that run failed. Runs outside a container
 * transaction because Flyway manages its own.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/vireo",
    className = "dev.vireo.server.shared.infrastructure.database.VireoDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    initialPoolSize = 2,
    transactional = true)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "java:app/jdbc/vireo")
  private DataSource dataSource;

  private volatile boolean ready;

  @PostConstruct
  void migrate() {
    EarlyMigration.takeResult()
        .orElseGet(
            () -> runLogged(new MigrationRunner(dataSource), DatabaseConfiguration.current()));
    ready = true;
  }

  /**
   * Runs {@code runner} on {@code database} and logs what it did (also for {@link EarlyMigration}).
   */
  static MigrationReport runLogged(MigrationRunner runner, Object database) {
    LOG.info(() -> "VIREO-DB-001 Migrating management database " + database);
    MigrationReport report = runner.migrate();
    LOG.info(
        () ->
            "VIREO-DB-002 Database schema on "
                + report.engine().productName()
                + " is at version "
                + report.toVersion()
                + " ("
                + report.migrationsApplied()
                + " migrations applied, was "
                + report.fromVersion()
                + ")");
    return report;
  }

  /** Whether the schema is current, for the readiness check. */
  public boolean isReady() {
    return ready;
  }
}
