package dev.vireo.db.migration;

import java.sql.SQLException;

/** No connection to the management database could be opened. */
public final class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(SQLException cause) {
    super(
        "Cannot connect to the management database: "
            + cause.getMessage()
            + ". Check the Settings\\SQL registry key (JdbcUrl, User) and that the database server is running.",
        cause);
  }
}
