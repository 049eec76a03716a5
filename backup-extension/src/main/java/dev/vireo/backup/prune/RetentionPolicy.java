package dev.vireo.backup.prune;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;

/**
 * Keep the newest {@code last} points, the newest point of each of the newest {@code daily} days,
 * {@code weekly} ISO weeks and {@code monthly} months (UTC), and every point younger than {@code
 * withinDays} days. A point is kept if any rule keeps it. Applied per VM.
 */
public record RetentionPolicy(int last, int daily, int weekly, int monthly, int withinDays) {
  public RetentionPolicy {
    if (last < 0 || daily < 0 || weekly < 0 || monthly < 0 || withinDays < 0) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "retention counts must be >= 0");
    }
    if (last + daily + weekly + monthly + withinDays == 0) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, "a retention policy that keeps nothing is refused");
    }
  }
}
