package dev.vireo.server.jobs.application.internal;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;

/**
 * Repeats a short transaction that lost an optimistic-lock race (a job changes often while it runs:
 * progress, cancellation requests, lease renewals). Each attempt reloads the job, so the change is
 * reapplied to the current state.
 */
public final class OptimisticRetry {
  static final int ATTEMPTS = 5;

  private OptimisticRetry() {}

  public static <T> T run(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !isOptimisticLockFailure(e)) {
          throw e;
        }
        sleepQuietly(attempt * 20L);
      }
    }
  }

  static boolean isOptimisticLockFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (isOptimisticLockFailure(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
