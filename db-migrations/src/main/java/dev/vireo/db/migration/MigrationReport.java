package dev.vireo.db.migration;

/**
 * What a migration run did.
 *
 * @param engine the engine the database runs on
 * @param fromVersion the schema version before the run, or {@code null} text "&lt;empty&gt;" for a
 *     new database
 * @param toVersion the schema version after the run
 * @param migrationsApplied how many migrations ran
 */
public record MigrationReport(
    DatabaseEngine engine, String fromVersion, String toVersion, int migrationsApplied) {

  public MigrationReport {
    fromVersion = fromVersion == null ? "<empty>" : fromVersion;
    toVersion = toVersion == null ? "<empty>" : toVersion;
  }
}
