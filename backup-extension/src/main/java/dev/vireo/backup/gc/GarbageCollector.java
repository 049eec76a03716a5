package dev.vireo.backup.gc;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.chunk.DigestSet;
import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackEntry;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.pack.PackWriter;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects garbage under the exclusive lock (format §6, §7): reads every committed index (and
 * refuses to run if one is unreadable, since it cannot know what that point needs), repacks packs
 * whose unused share exceeds the threshold, makes the new packs durable, and only then deletes
 * unused and repacked packs and the leftovers of crashed backups older than the grace period.
 */
public final class GarbageCollector {
  private final Repository repo;
  private final Duration grace;
  private final double repackThreshold;

  public GarbageCollector(Repository repo, Duration grace, double repackThreshold) {
    this.repo = repo;
    this.grace = grace;
    this.repackThreshold = repackThreshold;
  }

  public GcReport collect(boolean dryRun, long waitMillis) {
    try (RepositoryLock lock = repo.lockExclusive(waitMillis)) {
      Instant cutoff = Instant.now().minus(grace);
      Set<ChunkDigest> referenced = referencedChunks();
      PackCatalog catalog = repo.loadPacks();
      List<PackId> delete = new ArrayList<>();
      List<PackId> repack = new ArrayList<>();
      long freed = classify(catalog, referenced, cutoff, delete, repack);
      int kept = catalog.packs().size() - delete.size() - repack.size();
      if (dryRun) {
        return new GcReport(referenced.size(), delete.size(), repack.size(), kept, freed, 0, 0);
      }
      Optional<PackSummary> repacked = rewrite(catalog, referenced, repack);
      delete.addAll(repack);
      delete.forEach(this::deletePack);
      compactIndex(catalog, delete, repacked);
      int dirs = removeUncommittedPoints(cutoff);
      int temps = removeTempFiles(cutoff);
      return new GcReport(
          referenced.size(),
          delete.size() - repack.size(),
          repack.size(),
          kept,
          freed,
          dirs,
          temps);
    }
  }

  private Set<ChunkDigest> referencedChunks() {
    Set<ChunkDigest> out = new DigestSet();
    for (RecoveryPointId id : repo.points().committed()) {
      Manifest m = readOrRefuse(id);
      for (DiskRecord d : m.disks()) {
        try (DiskIndexReader r =
            DiskIndexReader.open(repo.points().index(id, d.diskId()), repo.sealer())) {
          while (r.hasNext()) {
            ChunkDigest c = r.next();
            if (!c.isZero()) {
              out.add(c);
            }
          }
        } catch (BackupException e) {
          throw refuse(id, e);
        }
      }
    }
    return out;
  }

  private Manifest readOrRefuse(RecoveryPointId id) {
    try {
      return repo.manifest(id);
    } catch (BackupException e) {
      throw refuse(id, e);
    }
  }

  private static BackupException refuse(RecoveryPointId id, BackupException e) {
    return new BackupException(
        e.code(),
        "gc refuses to run: point "
            + id
            + " is unreadable ("
            + e.getMessage()
            + "); remove it with prune or restore its files first",
        e);
  }

  /** Sorts old packs into delete (nothing used) and repack (mostly unused); returns bytes freed. */
  private long classify(
      PackCatalog catalog,
      Set<ChunkDigest> referenced,
      Instant cutoff,
      List<PackId> delete,
      List<PackId> repack) {
    long freed = 0;
    for (Map.Entry<PackId, List<PackEntry>> p : catalog.packs().entrySet()) {
      if (!olderThan(PackFiles.path(repo.packsDir(), p.getKey()), cutoff)) {
        continue;
      }
      long total = 0;
      long used = 0;
      for (PackEntry e : p.getValue()) {
        total += e.sealedLength();
        if (isLiveCopy(catalog, referenced, p.getKey(), e)) {
          used += e.sealedLength();
        }
      }
      if (used == 0) {
        delete.add(p.getKey());
        freed += total;
      } else if (total - used > repackThreshold * total) {
        repack.add(p.getKey());
        freed += total - used;
      }
    }
    return freed;
  }

  /** A referenced chunk is live in exactly one pack: the copy the catalog chose. */
  private static boolean isLiveCopy(PackCatalog c, Set<ChunkDigest> ref, PackId pack, PackEntry e) {
    return ref.contains(e.digest())
        && c.find(e.digest()).map(ChunkLocation::pack).filter(pack::equals).isPresent();
  }

  private Optional<PackSummary> rewrite(
      PackCatalog catalog, Set<ChunkDigest> referenced, List<PackId> repack) {
    if (repack.isEmpty()) {
      return Optional.empty();
    }
    PackWriter w = new PackWriter(repo.packsDir(), repo.sealer());
    try (w) {
      for (PackId id : repack) {
        for (PackEntry e : catalog.packs().get(id)) {
          if (isLiveCopy(catalog, referenced, id, e)) {
            byte[] sealed = repo.readBlob(ChunkLocation.of(id, e));
            w.append(e.digest(), sealed, e.plainLength());
          }
        }
      }
      return Optional.of(w.finish());
    }
  }

  /**
   * Replaces the pack index files read at the start by new ones covering exactly the packs that
   * remain (format §6, gc step 3b): the new files are durable before the old ones are deleted, so a
   * crash leaves at most duplicate or stale entries, which readers ignore.
   */
  private void compactIndex(
      PackCatalog catalog, List<PackId> deleted, Optional<PackSummary> repacked) {
    List<Path> old = catalog.indexFiles(); // listed under this exclusive lock: no backup adds one
    boolean upToDate =
        old.size() == 1
            && deleted.isEmpty()
            && catalog.readFromPacks().isEmpty()
            && catalog.unreadableIndexes().isEmpty();
    if (upToDate) {
      return;
    }
    Set<PackId> gone = new HashSet<>(deleted);
    List<PackId> remaining =
        catalog.packs().keySet().stream()
            .filter(id -> !gone.contains(id))
            .sorted(java.util.Comparator.comparing(PackId::hex))
            .toList();
    List<PackSummary> packs = new ArrayList<>(catalog.summaries(remaining));
    repacked.ifPresent(packs::add);
    repo.writePackIndex(packs);
    old.forEach(AtomicFiles::deleteQuietly);
    if (!old.isEmpty()) {
      AtomicFiles.fsyncDirectory(repo.packIndexDir());
    }
  }

  private void deletePack(PackId id) {
    repo.forgetPackReader(id);
    Path p = PackFiles.path(repo.packsDir(), id);
    AtomicFiles.deleteQuietly(p);
    AtomicFiles.fsyncDirectory(p.getParent());
  }

  private int removeUncommittedPoints(Instant cutoff) {
    int n = 0;
    for (RecoveryPointId id : repo.points().allDirectories()) {
      Path dir = repo.points().dir(id);
      if (!Files.exists(repo.points().manifest(id)) && olderThan(dir, cutoff)) {
        new dev.vireo.backup.prune.Pruner(repo).removePoint(id);
        n++;
      }
    }
    return n;
  }

  private int removeTempFiles(Instant cutoff) {
    int n = 0;
    List<Path> temps = new ArrayList<>(PackFiles.tempFiles(repo.packsDir()));
    temps.addAll(PackIndex.tempFiles(repo.packIndexDir()));
    for (Path t : temps) {
      if (olderThan(t, cutoff)) {
        AtomicFiles.deleteQuietly(t);
        n++;
      }
    }
    return n;
  }

  private static boolean olderThan(Path p, Instant cutoff) {
    try {
      return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)
          || Files.getLastModifiedTime(p).toInstant().equals(cutoff);
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      throw new BackupException(ErrorCode.IO_ERROR, "stat " + p + ": " + e, e);
    }
  }
}
