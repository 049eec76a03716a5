package dev.vireo.server.shared.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vireo.db.migration.MigrationReport;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyMigrationTest {

  @Test
  void anEarlyRun_migratesTheDatabase_andReleasesEveryConnectionWhenItsResultIsTaken(
      @TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:" + dir.resolve("vireo") + ";MODE=MSSQLServer";
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    List<Connection> handedOut = new CopyOnWriteArrayList<>();
    DataSource counting =
        (DataSource)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                  Object r = method.invoke(h2, args);
                  if (r instanceof Connection c) {
                    handedOut.add(c);
                  }
                  return r;
                });

    Optional<MigrationReport> report = EarlyMigration.Run.start(counting, () -> url).takeResult();

    assertTrue(report.isPresent(), "the early run's report");
    assertTrue(report.get().migrationsApplied() > 0, "migrations applied to the empty database");
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT \"version\" FROM \"vireo_schema_history\" WHERE \"success\""
                        + " ORDER BY \"installed_rank\" DESC FETCH FIRST 1 ROWS ONLY")) {
      assertTrue(rs.next(), "a schema history");
      assertEquals(
          report.get().toVersion(), rs.getString(1), "the database is at the reported version");
    }
    assertTrue(handedOut.size() >= 2, "the kept connection and Flyway's");
    for (Connection c : handedOut) {
      assertTrue(
          c.isClosed(), "every connection of the early run is closed once its result is taken");
    }
  }

  @Test
  void aFailedEarlyRun_givesNoResult_soTheServerMigratesThroughItsPool() {
    JdbcDataSource unreachable = new JdbcDataSource();
    unreachable.setURL("jdbc:h2:tcp://127.0.0.1:1/nowhere;CONNECT_TIMEOUT=200");

    assertEquals(
        Optional.empty(), EarlyMigration.Run.start(unreachable, unreachable::getURL).takeResult());
  }
}
