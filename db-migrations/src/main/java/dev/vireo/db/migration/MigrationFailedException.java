package dev.vireo.db.migration;

/** A migration could not be applied or validated; the message says which and why. */
public final class MigrationFailedException extends RuntimeException {
  private final DatabaseEngine engine;

  public MigrationFailedException(DatabaseEngine engine, Throwable cause) {
    super(
        "Database migration on " + engine.productName() + " failed: " + cause.getMessage(), cause);
    this.engine = engine;
  }

  public DatabaseEngine engine() {
    return engine;
  }
}
