package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.db.migration.DatabaseEngine;
import dev.vireo.db.migration.EmbeddedH2;
import dev.vireo.server.settings.application.WellKnownSetting;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.infrastructure.hive.HiveFile;
import dev.vireo.server.settings.infrastructure.hive.HiveRegistryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the management database is and how to log in to it.
 *
 * <p>The machine-local registry key {@code Settings\SQL} in the hive file beside the server is the
 * record of truth. On the first start it is written from the start-up flags ({@code vireo.db.url},
 * {@code vireo.db.user} system properties or {@code VIREO_DB_URL}, {@code VIREO_DB_USER}
 * environment variables), or with the embedded default, an H2 database in {@code <data-dir>/db}.
 * Flags given on a later start replace it. The password is never written to the hive: {@code
 * PasswordSource} says where it comes from ({@code env:NAME} or {@code file:PATH}), and it is held
 * only in memory, never in {@link #toString()} or logs.
 *
 * @param engine the engine the URL points at
 * @param jdbcUrl the JDBC URL
 * @param user the login, empty for the embedded database
 * @param password the password, empty for the embedded database
 */
public record DatabaseConfiguration(
    DatabaseEngine engine, String jdbcUrl, String user, char[] password) {
  private static final Logger LOG = Logger.getLogger(DatabaseConfiguration.class.getName());
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
    HiveRegistryStore hive = HiveRegistryStore.shared(HiveFile.inDirectory(dataDir));
    Optional<String> flagUrl = ServerEnvironment.setting("vireo.db.url", "VIREO_DB_URL");
    if (flagUrl.isPresent()) {
      record(
          hive,
          flagUrl.get(),
          ServerEnvironment.setting("vireo.db.user", "VIREO_DB_USER").orElse(""));
    } else if (hive.findValue(WellKnownSettings.SQL, WellKnownSettings.SQL_JDBC_URL.name())
        .isEmpty()) {
      recordEmbedded(hive);
    }
    // The hive keeps the URL as written; connections use H2's interrupt-safe file system.
    String url =
        EmbeddedH2.interruptSafe(
            read(hive, WellKnownSettings.SQL_JDBC_URL)
                .replace("%VIREO_DATA_DIR%", dataDir.toString()));
    DatabaseEngine engine =
        DatabaseEngine.fromJdbcUrl(url)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Settings\\SQL JdbcUrl must be a jdbc:sqlserver:, jdbc:postgresql: or jdbc:h2: URL, not "
                            + url));
    String user =
        engine == DatabaseEngine.H2 && flagUrl.isEmpty()
            ? "sa"
            : read(hive, WellKnownSettings.SQL_USER);
    return new DatabaseConfiguration(engine, url, user, password(hive));
  }

  private static void record(HiveRegistryStore hive, String url, String user) {
    DatabaseEngine engine =
        DatabaseEngine.fromJdbcUrl(url)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "vireo.db.url must be a jdbc:sqlserver:, jdbc:postgresql: or jdbc:h2: URL"));
    String source =
        System.getenv("VIREO_DB_PASSWORD") != null
                && System.getProperty("vireo.db.password") == null
            ? "env:VIREO_DB_PASSWORD"
            : "";
    List<RegistryChange> changes = new ArrayList<>();
    changes.add(new RegistryChange.CreateKey(WellKnownSettings.SQL));
    changes.add(
        set(
            WellKnownSettings.SQL_ENGINE,
            RegistryValue.string(WellKnownSettings.SQL_ENGINE.name(), engineName(engine))));
    changes.add(
        set(
            WellKnownSettings.SQL_JDBC_URL,
            RegistryValue.expandString(WellKnownSettings.SQL_JDBC_URL.name(), url)));
    changes.add(
        set(
            WellKnownSettings.SQL_USER,
            RegistryValue.string(WellKnownSettings.SQL_USER.name(), user)));
    changes.add(
        set(
            WellKnownSettings.SQL_PASSWORD_SOURCE,
            RegistryValue.string(WellKnownSettings.SQL_PASSWORD_SOURCE.name(), source)));
    hive.apply(changes);
    LOG.info(
        () ->
            "VIREO-DB-010 Recorded the database location in Settings\\SQL: "
                + engineName(engine)
                + " "
                + url);
  }

  private static void recordEmbedded(HiveRegistryStore hive) {
    hive.apply(
        List.of(
            new RegistryChange.CreateKey(WellKnownSettings.SQL),
            set(WellKnownSettings.SQL_ENGINE, WellKnownSettings.SQL_ENGINE.defaultValue()),
            set(WellKnownSettings.SQL_JDBC_URL, WellKnownSettings.SQL_JDBC_URL.defaultValue()),
            set(
                WellKnownSettings.SQL_USER,
                RegistryValue.string(WellKnownSettings.SQL_USER.name(), "sa"))));
    LOG.info(
        "VIREO-DB-011 First start: using the embedded H2 database in the data directory (Settings\\SQL written)");
  }

  private static RegistryChange set(WellKnownSetting s, RegistryValue v) {
    return new RegistryChange.SetValue(s.key(), v);
  }

  private static String read(HiveRegistryStore hive, WellKnownSetting s) {
    return hive.findValue(s.key(), s.name()).orElse(s.defaultValue()).asString();
  }

  private static char[] password(HiveRegistryStore hive) {
    Optional<String> flag = ServerEnvironment.setting("vireo.db.password", "VIREO_DB_PASSWORD");
    if (flag.isPresent()) {
      return flag.get().toCharArray();
    }
    String source = read(hive, WellKnownSettings.SQL_PASSWORD_SOURCE);
    if (source.startsWith("env:")) {
      String v = System.getenv(source.substring(4));
      return v == null ? new char[0] : v.toCharArray();
    }
    if (source.startsWith("file:")) {
      try {
        return Files.readString(Path.of(source.substring(5))).strip().toCharArray();
      } catch (IOException e) {
        throw new IllegalStateException(
            "Cannot read the database password file named in Settings\\SQL PasswordSource: "
                + e.getMessage());
      }
    }
    return new char[0];
  }

  private static String engineName(DatabaseEngine e) {
    return switch (e) {
      case H2 -> "H2";
      case POSTGRESQL -> "PostgreSQL";
      case SQLSERVER -> "SQLServer";
    };
  }

  @Override
  public String toString() {
    return "DatabaseConfiguration[engine=" + engine + ", url=" + jdbcUrl + ", user=" + user + "]";
  }
}
