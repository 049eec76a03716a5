/**
 * The schema of the management database and the runner that applies it.
 *
 * <p>One logical schema, kept as forward-only Flyway migrations with one folder per engine under
 * {@code db/migration/<engine>} ({@code h2}, {@code postgresql}, {@code sqlserver}). Version
 * numbers are grouped by bounded context so that contexts can grow independently: {@code 1.x}
 * security and audit, {@code 2.x} settings, {@code 3.x} inventory, {@code 4.x} jobs, {@code 10.x}
 * and above the backup extension. A released migration is never edited.
 *
 * <p>{@link dev.vireo.db.migration.MigrationRunner} is used by the server at start-up and by the
 * offline recovery tool.
 */
package dev.vireo.db.migration;
