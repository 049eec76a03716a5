package dev.vireo.db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Databases for migration tests: private in-memory H2 databases and the test PostgreSQL server. */
final class TestDatabases {
  private TestDatabases() {}

  static DataSource h2(String mode) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1"
            + (mode == null ? "" : ";MODE=" + mode));
    ds.setUser("sa");
    return ds;
  }

  /**
   * A fresh schema on the test PostgreSQL server started by {@code bin/test-postgres}; the URL
   * comes from {@code VIREO_TEST_PG_URL} (or the {@code vireo.test.pg.url} property).
   */
  static DataSource postgresql() throws SQLException {
    String url = System.getProperty("vireo.test.pg.url", System.getenv("VIREO_TEST_PG_URL"));
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "The PostgreSQL tier needs a server: run the suite with bin/test-all, or start one with "
              + "'bin/test-postgres start' and export VIREO_TEST_PG_URL=<the URL it prints>");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PGSimpleDataSource admin = pg(url, null);
    try (Connection c = admin.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return pg(url, schema);
  }

  private static PGSimpleDataSource pg(String url, String schema) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setUser(System.getProperty("vireo.test.pg.user", envOr("VIREO_TEST_PG_USER", "vireo")));
    ds.setPassword(
        System.getProperty(
            "vireo.test.pg.password", envOr("VIREO_TEST_PG_PASSWORD", "vireo-test-only")));
    if (schema != null) {
      ds.setCurrentSchema(schema);
    }
    return ds;
  }

  private static String envOr(String name, String dflt) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? dflt : v;
  }
}
