package dev.vireo.db.migration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The database engines Vireo supports, with what differs between them. */
public enum DatabaseEngine {
  /** The embedded default: H2 in a file under the server's data directory, SQL Server mode. */
  H2("h2", "H2", "jdbc:h2:"),
  /** PostgreSQL 13 or newer. */
  POSTGRESQL("postgresql", "PostgreSQL", "jdbc:postgresql:"),
  /** Microsoft SQL Server 2016 or newer, the production target. */
  SQLSERVER("sqlserver", "Microsoft SQL Server", "jdbc:sqlserver:");

  private final String migrationFolder;
  private final String productName;
  private final String jdbcPrefix;

  DatabaseEngine(String migrationFolder, String productName, String jdbcPrefix) {
    this.migrationFolder = migrationFolder;
    this.productName = productName;
    this.jdbcPrefix = jdbcPrefix;
  }

  /** Classpath location of this engine's migrations, in Flyway's {@code classpath:} syntax. */
  public String migrationLocation() {
    return "classpath:db/migration/" + migrationFolder;
  }

  /** The name JDBC's {@code DatabaseMetaData.getDatabaseProductName()} reports. */
  public String productName() {
    return productName;
  }

  /** Finds the engine a JDBC URL points at. */
  public static Optional<DatabaseEngine> fromJdbcUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(e -> lower.startsWith(e.jdbcPrefix)).findFirst();
  }

  /** Finds the engine from the product name a live connection reports. */
  public static Optional<DatabaseEngine> fromProductName(String productName) {
    return Arrays.stream(values())
        .filter(e -> e.productName.equalsIgnoreCase(productName))
        .findFirst();
  }

  /** Parses a configured engine name such as {@code PostgreSQL} or {@code sqlserver}. */
  public static Optional<DatabaseEngine> fromName(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT).replace("_", "");
    return Arrays.stream(values()).filter(e -> e.name().replace("_", "").equals(n)).findFirst();
  }
}
