package dev.vireo.server.shared.infrastructure.database;

import org.eclipse.persistence.platform.database.SQLServerPlatform;

/**
 * The SQL Server platform for H2 running in {@code MODE=MSSQLServer}. EclipseLink decides whether
 * SQL Server supports sequences from the reported major version (11 or newer); H2 reports 2, so
 * this subclass states what H2 really supports.
 */
public class H2SqlServerPlatform extends SQLServerPlatform {
  @Override
  public boolean supportsSequenceObjects() {
    return true;
  }
}
