package dev.vireo.server.hosts.application;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.persistence.OptimisticLockException;

/**
 * Repeats a short inventory write that lost an optimistic-lock race. Host events, the periodic
 * refresh and jobs all report VM and host state, so two of them may write the same row at once;
 * each attempt reloads the row (and its version, for writes that check one) and applies the change
 * to its current state.
 */
final class ConflictRetry {
  static final int ATTEMPTS = 5;

  private ConflictRetry() {}

  static void run(Runnable write) {
    for (int attempt = 1; ; attempt++) {
      try {
        write.run();
        return;
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !lostRace(e)) {
          throw e;
        }
        pause(attempt * 25L);
      }
    }
  }

  static boolean lostRace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException d
          && (d.errorCode() == CommonError.PRECONDITION_FAILED
              || d.errorCode() == CommonError.CONCURRENT_MODIFICATION)) {
        return true;
      }
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
