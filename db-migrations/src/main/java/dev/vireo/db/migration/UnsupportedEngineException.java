package dev.vireo.db.migration;

/** The database behind the connection is not one Vireo supports. */
public final class UnsupportedEngineException extends RuntimeException {
  public UnsupportedEngineException(String productName) {
    super(
        "Database product '"
            + productName
            + "' is not supported; use Microsoft SQL Server, PostgreSQL or the embedded H2 database");
  }
}
