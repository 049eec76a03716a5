package dev.vireo.backup.verify;

import dev.vireo.backup.manifest.RecoveryPointId;
import java.util.List;

/**
 * Which chunks verify re-reads: every stored chunk, a random fraction of them, or those of given
 * recovery points. Every committed point's indexes are checked in the first two cases.
 */
public record VerifyScope(Kind kind, double fraction, long seed, List<RecoveryPointId> points) {
  public enum Kind {
    ALL,
    SAMPLE,
    POINTS
  }

  public static VerifyScope all() {
    return new VerifyScope(Kind.ALL, 1.0, 0, List.of());
  }

  public static VerifyScope sample(double fraction, long seed) {
    return new VerifyScope(Kind.SAMPLE, fraction, seed, List.of());
  }

  public static VerifyScope points(List<RecoveryPointId> ids) {
    return new VerifyScope(Kind.POINTS, 1.0, 0, List.copyOf(ids));
  }
}
