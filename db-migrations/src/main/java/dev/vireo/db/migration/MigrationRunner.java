package dev.vireo.db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a management database to the current schema version.
 *
 * <p>The engine is read from the live connection, so the same runner serves the server, the offline
 * recovery tool and the tests. Migrations are forward only; a database that is newer than this
 * build (it has applied migrations this build does not know) is refused, so an older server never
 * runs against a newer schema.
 *
 * <p>Thread-safety: instances are immutable; Flyway itself serialises concurrent runners through
 * its schema history table lock.
 */
public final class MigrationRunner {

  private final DataSource dataSource;

  public MigrationRunner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Applies every pending migration and returns what was done. */
  public MigrationReport migrate() {
    DatabaseEngine engine = detectEngine();
    try {
      MigrateResult result = flyway(engine).migrate();
      return new MigrationReport(
          engine,
          result.initialSchemaVersion,
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new MigrationFailedException(engine, e);
    }
  }

  /** Checks that the database is at exactly the version this build expects, without changing it. */
  public void validate() {
    DatabaseEngine engine = detectEngine();
    try {
      flyway(engine).validate();
    } catch (FlywayException e) {
      throw new MigrationFailedException(engine, e);
    }
  }

  /** The engine behind the data source, from the product name the driver reports. */
  public DatabaseEngine detectEngine() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      return DatabaseEngine.fromProductName(product)
          .orElseThrow(() -> new UnsupportedEngineException(product));
    } catch (SQLException e) {
      throw new DatabaseUnavailableException(e);
    }
  }

  private Flyway flyway(DatabaseEngine engine) {
    return Flyway.configure(MigrationRunner.class.getClassLoader())
        .dataSource(dataSource)
        .locations(engine.migrationLocation())
        .table("vireo_schema_history")
        .validateMigrationNaming(true)
        // Each bounded context owns a version range (ADR 0001), so a context's new migration can
        // sort below one another context added earlier; it must still be applied.
        .outOfOrder(true)
        .ignoreMigrationPatterns(new String[0])
        .load();
  }
}
