package dev.vireo.db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Every migration on a real PostgreSQL server (see {@code bin/test-postgres}). */
class PostgresMigrationTest {

  @Test
  void migrate_appliesEveryPostgresMigration_andIsIdempotent() throws Exception {
    DataSource ds = TestDatabases.postgresql();
    MigrationReport first = new MigrationRunner(ds).migrate();
    assertThat(first.engine()).isEqualTo(DatabaseEngine.POSTGRESQL);
    assertThat(first.migrationsApplied()).isPositive();
    assertThat(new MigrationRunner(ds).migrate().migrationsApplied()).isZero();
  }

  @Test
  void postgresSchema_hasTheSameTablesAndColumnsAsH2() throws Exception {
    DataSource pg = TestDatabases.postgresql();
    new MigrationRunner(pg).migrate();
    DataSource h2 = TestDatabases.h2("MSSQLServer");
    new MigrationRunner(h2).migrate();
    assertThat(SchemaShape.of(pg)).isEqualTo(SchemaShape.of(h2));
  }
}
