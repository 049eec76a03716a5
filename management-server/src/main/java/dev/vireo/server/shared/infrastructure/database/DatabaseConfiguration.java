package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.db.migration.DatabaseEngine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the management database is and how to log in to it.
 *
 * <p>Resolved once per server process, in this order: Java system properties ({@code vireo.db.url},
 * {@code vireo.db.user}, {@code vireo.db.password}), then environment variables ({@code
 * VIREO_DB_URL}, {@code VIREO_DB_USER}, {@code VIREO_DB_PASSWORD}), then the embedded default, an
 * H2 database in {@code <data-dir>/db}. The password is held only in memory and never appears in
 * {@link #toString()} or in logs.
 *
 * @param engine the engine the URL points at
 * @param jdbcUrl the JDBC URL
 * @param user the login, empty for the embedded database
 * @param password the password, empty for the embedded database
 */
public record DatabaseConfiguration(
    DatabaseEngine engine, String jdbcUrl, String user, char[] password) {

  private static volatile DatabaseConfiguration current;

  /** The configuration of this process, resolved on first use. */
  public static DatabaseConfiguration current() {
    DatabaseConfiguration c = current;
    if (c == null) {
      synchronized (DatabaseConfiguration.class) {
        if (current == null) {
          current = resolve(ServerEnvironment.dataDirectory());
        }
        c = current;
      }
    }
    return c;
  }

  static DatabaseConfiguration resolve(Path dataDir) {
    Optional<String> url = ServerEnvironment.setting("vireo.db.url", "VIREO_DB_URL");
    if (url.isEmpty()) {
      return embedded(dataDir);
    }
    DatabaseEngine engine =
        DatabaseEngine.fromJdbcUrl(url.get())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "vireo.db.url must be a jdbc:sqlserver:, jdbc:postgresql: or jdbc:h2: URL"));
    return new DatabaseConfiguration(
        engine,
        url.get(),
        ServerEnvironment.setting("vireo.db.user", "VIREO_DB_USER").orElse(""),
        ServerEnvironment.setting("vireo.db.password", "VIREO_DB_PASSWORD")
            .orElse("")
            .toCharArray());
  }

  /** The embedded default: H2 in SQL Server mode, so the production dialect is exercised. */
  public static DatabaseConfiguration embedded(Path dataDir) {
    Path file = dataDir.resolve("db").resolve("vireo").toAbsolutePath();
    String url = "jdbc:h2:file:" + file + ";MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE";
    return new DatabaseConfiguration(DatabaseEngine.H2, url, "sa", new char[0]);
  }

  @Override
  public String toString() {
    return "DatabaseConfiguration[engine=" + engine + ", url=" + jdbcUrl + ", user=" + user + "]";
  }
}
