package dev.vireo.db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/** The tables and columns of a migrated schema, engine-neutral (lower-case names, no types). */
final class SchemaShape {
  private SchemaShape() {}

  static Map<String, Set<String>> of(DataSource ds) throws SQLException {
    Map<String, Set<String>> tables = new TreeMap<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      String schema = c.getSchema();
      try (ResultSet rs = md.getColumns(null, schema, "%", "%")) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
          if (table.contains("schema_history")) {
            continue;
          }
          tables
              .computeIfAbsent(table, t -> new TreeSet<>())
              .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return tables;
  }
}
