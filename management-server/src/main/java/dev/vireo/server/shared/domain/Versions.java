package dev.vireo.server.shared.domain;

/** Optimistic concurrency: the version a client read must be the current one. */
public final class Versions {
  private Versions() {}

  /** Throws {@link CommonError#PRECONDITION_FAILED} when {@code expected != actual}. */
  public static void check(long expected, long actual) {
    if (expected != actual) {
      throw new DomainException(
          CommonError.PRECONDITION_FAILED,
          "The object has changed since you read it (your etag \""
              + expected
              + "\", current \""
              + actual
              + "\"). Read it again and reapply your change.");
    }
  }
}
