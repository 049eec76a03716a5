package dev.vireo.server.shared.infrastructure.database;

import dev.vireo.db.migration.MigrationReport;
import dev.vireo.db.migration.MigrationRunner;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Starts the schema migration when CDI starts, on a thread of its own, so that it runs beside the
 * container's remaining deployment work (Weld's bootstrap, about two seconds on two cores) instead
 * of after it. {@link SchemaMigrator} takes the result; it stays the only gate to readiness and
 * migrates through the container's pool itself when the early run failed, so an error is reported
 * exactly as without this extension.
 *
 * <p>The early run connects through {@link VireoDataSource} (physical connections to the same
 * database the pool will use) and keeps one connection open until {@link #takeResult} is called, so
 * an embedded database is not closed and reopened between the migration and the pool's first
 * connection.
 *
 * <p>Registered in {@code META-INF/services/jakarta.enterprise.inject.spi.Extension}. State is
 * static: one deployment, one class loader, one run.
 */
public class EarlyMigration implements Extension {
  private static final Logger LOG = Logger.getLogger(EarlyMigration.class.getName());
  private static volatile Run run;

  void beforeBeanDiscovery(@Observes BeforeBeanDiscovery event) {
    synchronized (EarlyMigration.class) {
      if (run == null) {
        run = Run.start(new VireoDataSource(), DatabaseConfiguration::current);
      }
    }
  }

  /**
   * The early run's report once it has finished, or empty when it was not started or failed (the
   * failure is logged; the caller then migrates itself).
   */
  static Optional<MigrationReport> takeResult() {
    Run r = run;
    return r == null ? Optional.empty() : r.takeResult();
  }

  /** One migration on a thread of its own, holding a connection open until its result is taken. */
  static final class Run {
    private final CompletableFuture<Held> result = new CompletableFuture<>();

    private record Held(MigrationReport report, Connection keep) {}

    /** Starts migrating {@code dataSource}; {@code database} describes it for the log. */
    static Run start(DataSource dataSource, Supplier<?> database) {
      Run r = new Run();
      Thread t = new Thread(() -> r.migrate(dataSource, database), "vireo-early-migration");
      t.setContextClassLoader(EarlyMigration.class.getClassLoader());
      t.setDaemon(true);
      t.start();
      return r;
    }

    private void migrate(DataSource dataSource, Supplier<?> database) {
      Connection keep = null;
      try {
        keep = dataSource.getConnection();
        result.complete(
            new Held(
                SchemaMigrator.runLogged(new MigrationRunner(dataSource), database.get()), keep));
      } catch (Throwable e) { // reported by takeResult; SchemaMigrator then migrates itself
        closeQuietly(keep);
        result.completeExceptionally(e);
      }
    }

    /** Waits for the run; releases the connection it held. */
    Optional<MigrationReport> takeResult() {
      try {
        Held h = result.get();
        closeQuietly(h.keep());
        return Optional.of(h.report());
      } catch (ExecutionException e) {
        LOG.log(
            Level.WARNING,
            "VIREO-DB-004 The early schema migration failed ("
                + e.getCause()
                + "); migrating through the connection pool instead");
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }

    private static void closeQuietly(Connection c) {
      if (c == null) {
        return;
      }
      try {
        c.close();
      } catch (SQLException e) {
        LOG.log(Level.FINE, "closing the early migration's connection", e);
      }
    }
  }
}
