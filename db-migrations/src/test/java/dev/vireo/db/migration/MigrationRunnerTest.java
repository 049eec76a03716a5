package dev.vireo.db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {

  @Test
  void migrate_appliesEveryH2Migration_onAnEmptyDatabase() {
    DataSource ds = TestDatabases.h2("MSSQLServer");
    MigrationReport report = new MigrationRunner(ds).migrate();
    assertThat(report.engine()).isEqualTo(DatabaseEngine.H2);
    assertThat(report.migrationsApplied()).isPositive();
    assertThat(report.fromVersion()).isEqualTo("<empty>");
  }

  @Test
  void migrate_isIdempotent() {
    DataSource ds = TestDatabases.h2("MSSQLServer");
    new MigrationRunner(ds).migrate();
    MigrationReport again = new MigrationRunner(ds).migrate();
    assertThat(again.migrationsApplied()).isZero();
    new MigrationRunner(ds).validate();
  }

  @Test
  void sqlServerScripts_runOnH2InSqlServerMode_andGiveTheSameSchemaAsH2() throws Exception {
    DataSource viaSqlServerScripts = TestDatabases.h2("MSSQLServer");
    Flyway.configure()
        .dataSource(viaSqlServerScripts)
        .locations(DatabaseEngine.SQLSERVER.migrationLocation())
        .table("vireo_schema_history")
        .load()
        .migrate();
    DataSource viaH2Scripts = TestDatabases.h2("MSSQLServer");
    new MigrationRunner(viaH2Scripts).migrate();
    assertThat(SchemaShape.of(viaSqlServerScripts))
        .isEqualTo(SchemaShape.of(viaH2Scripts))
        .isNotEmpty();
  }

  @Test
  void migrate_refusesADatabaseNewerThanThisBuild() throws Exception {
    DataSource ds = TestDatabases.h2("MSSQLServer");
    new MigrationRunner(ds).migrate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO \"vireo_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
              + " VALUES (999, '999.1', 'from the future', 'SQL', 'V999_1__future.sql', 0, 'sa', CURRENT_TIMESTAMP, 0, TRUE)");
    }
    assertThatThrownBy(() -> new MigrationRunner(ds).validate())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("999.1");
  }

  /**
   * Contexts own version ranges: a database that took every migration up to a later context's
   * newest must still get a migration an earlier context added afterwards (here 4.3 after 5.1).
   */
  @Test
  void migrate_appliesAnEarlierContextsNewMigrationToADatabaseAtALaterVersion(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path older = dir.resolve("older");
    java.nio.file.Files.createDirectories(older);
    java.nio.file.Path scripts =
        java.nio.file.Path.of(
                MigrationRunnerTest.class
                    .getResource("/db/migration/h2/V1_1__security.sql")
                    .toURI())
            .getParent();
    try (var files = java.nio.file.Files.list(scripts)) {
      for (java.nio.file.Path f : files.toList()) {
        if (!f.getFileName().toString().startsWith("V4_3__")) {
          java.nio.file.Files.copy(f, older.resolve(f.getFileName()));
        }
      }
    }
    DataSource ds = TestDatabases.h2("MSSQLServer");
    Flyway.configure()
        .dataSource(ds)
        .locations("filesystem:" + older)
        .table("vireo_schema_history")
        .load()
        .migrate();
    MigrationReport report = new MigrationRunner(ds).migrate();
    assertThat(report.migrationsApplied()).isEqualTo(1);
    new MigrationRunner(ds).validate();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeQuery("SELECT scope_path, scope_cloud_id FROM job").close();
    }
  }

  @Test
  void engine_isDetectedFromJdbcUrlsAndNames() {
    assertThat(DatabaseEngine.fromJdbcUrl("jdbc:sqlserver://db:1433;databaseName=vireo"))
        .contains(DatabaseEngine.SQLSERVER);
    assertThat(DatabaseEngine.fromJdbcUrl("jdbc:postgresql://db/vireo"))
        .contains(DatabaseEngine.POSTGRESQL);
    assertThat(DatabaseEngine.fromJdbcUrl("jdbc:h2:file:/x")).contains(DatabaseEngine.H2);
    assertThat(DatabaseEngine.fromJdbcUrl("jdbc:mysql://x")).isEmpty();
    assertThat(DatabaseEngine.fromName("PostgreSQL")).contains(DatabaseEngine.POSTGRESQL);
    assertThat(DatabaseEngine.fromName("sql_server")).contains(DatabaseEngine.SQLSERVER);
  }
}
