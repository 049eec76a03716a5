package dev.vireo.backup.verify;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.manifest.RecoveryPointId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What verify found; {@link #clean()} is true only if nothing is missing, corrupt or damaged.
 * {@code packIndexProblems} (pack index file name → problem) damage no point: readers fall back to
 * the packs' own tables and the next gc rewrites the index.
 */
public record VerifyReport(
    int pointsChecked,
    long chunksChecked,
    long bytesChecked,
    Set<ChunkDigest> missing,
    Set<ChunkDigest> corrupt,
    Map<String, String> unreadablePacks,
    Map<String, String> packIndexProblems,
    Map<RecoveryPointId, List<String>> damagedPoints) {

  public boolean clean() {
    return missing.isEmpty()
        && corrupt.isEmpty()
        && unreadablePacks.isEmpty()
        && packIndexProblems.isEmpty()
        && damagedPoints.isEmpty();
  }
}
