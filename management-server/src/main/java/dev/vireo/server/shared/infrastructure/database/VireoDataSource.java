package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.db.migration.DatabaseEngine;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the container pools: it connects to whatever {@link DatabaseConfiguration}
 * resolves, so one WAR runs on the embedded database, PostgreSQL or SQL Server without repackaging.
 * The container wraps it in its connection pool and JTA; this class only opens physical
 * connections.
 */
public class VireoDataSource implements DataSource {
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseConfiguration config = DatabaseConfiguration.current();
    Properties props = new Properties();
    if (!config.user().isEmpty()) {
      props.setProperty("user", config.user());
    }
    props.setProperty("password", new String(config.password()));
    Connection c = driverFor(config.engine()).connect(config.jdbcUrl(), props);
    if (c == null) {
      throw new SQLException("The JDBC driver does not accept URL " + config.jdbcUrl());
    }
    return c;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private static Driver driverFor(DatabaseEngine engine) {
    return switch (engine) {
      case H2 -> new org.h2.Driver();
      case POSTGRESQL -> new org.postgresql.Driver();
      case SQLSERVER -> new com.microsoft.sqlserver.jdbc.SQLServerDriver();
    };
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
