package dev.vireo.backup.verify;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.chunk.DigestSet;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.repository.RepositoryLock;
import dev.vireo.backup.throughput.Progress;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Verifies a repository under the shared lock: (1) reads every in-scope point's manifest and
 * indexes, collecting referenced digests; (2) re-reads and re-hashes chunks ({@link ChunkChecker});
 * (3) marks every in-scope point that references a missing or corrupt chunk, or whose metadata is
 * broken, as damaged, clears the mark of points found whole, and quarantines corrupt digests so the
 * next backup stores them again.
 */
public final class Verifier {
  private final Repository repo;
  private final int threads;
  private final Progress progress;

  public Verifier(Repository repo, int threads, Progress progress) {
    this.repo = repo;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  public VerifyReport verify(VerifyScope scope) {
    try (RepositoryLock lock = repo.lockShared(Long.MAX_VALUE)) {
      List<RecoveryPointId> ids = pointsInScope(scope);
      Map<RecoveryPointId, List<String>> damaged = new TreeMap<>();
      Set<ChunkDigest> referenced = new DigestSet();
      for (RecoveryPointId id : ids) {
        scanPoint(id, referenced::add).ifPresent(p -> damaged.put(id, new ArrayList<>(p)));
      }
      PackCatalog catalog = PackCatalog.loadFromPacks(repo.packsDir(), repo.sealer(), Set.of());
      Set<ChunkDigest> missing = new HashSet<>();
      referenced.stream().filter(d -> !catalog.contains(d)).forEach(missing::add);
      ChunkChecker.Result checked =
          new ChunkChecker(repo, catalog, threads, progress).check(scope, referenced);
      Set<ChunkDigest> bad = new HashSet<>(missing);
      bad.addAll(checked.corrupt());
      if (!bad.isEmpty()) {
        for (RecoveryPointId id : ids) {
          findDamage(id, missing, checked.corrupt(), damaged);
        }
      }
      persist(scope, ids, damaged, checked.badCopies());
      Map<String, String> unreadable = new LinkedHashMap<>();
      catalog.unreadable().forEach((p, e) -> unreadable.put(p.hex(), e.getMessage()));
      return new VerifyReport(
          ids.size(),
          checked.chunks(),
          checked.bytes(),
          missing,
          checked.corrupt(),
          unreadable,
          checkPackIndex(catalog),
          damaged);
    }
  }

  /**
   * Checks every pack index file against the packs' own tables (format §4.7): a file that cannot be
   * read, or that gives a pack a table other than the pack's, is a problem to report; no point is
   * damaged by it (readers fall back to the packs) and the next gc rewrites the index.
   */
  private Map<String, String> checkPackIndex(PackCatalog fromPacks) {
    Map<String, String> problems = new TreeMap<>();
    for (Path f : PackIndex.list(repo.packIndexDir())) {
      String name = f.getFileName().toString();
      try {
        for (PackSummary s : PackIndex.read(f, repo.sealer(), id -> true)) {
          Optional<PackSummary> own = fromPacks.summary(s.id());
          if (own.isPresent() && !own.get().equals(s)) {
            problems.put(name, "pack " + s.id() + ": table differs from the pack's own table");
            break;
          }
        }
      } catch (BackupException e) {
        problems.put(name, e.code() + " " + e.getMessage());
      }
    }
    return problems;
  }

  private List<RecoveryPointId> pointsInScope(VerifyScope scope) {
    if (scope.kind() != VerifyScope.Kind.POINTS) {
      return repo.points().committed();
    }
    scope.points().forEach(repo.points()::requireCommitted);
    return scope.points();
  }

  /** Reads a point's manifest and indexes; returns its problems, if any. */
  private java.util.Optional<List<String>> scanPoint(
      RecoveryPointId id, Consumer<ChunkDigest> sink) {
    Manifest m;
    try {
      m = repo.manifest(id);
    } catch (BackupException e) {
      return java.util.Optional.of(List.of("manifest " + e.code() + " " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    for (DiskRecord d : m.disks()) {
      try {
        scanIndex(id, d, sink);
      } catch (BackupException e) {
        problems.add("index " + d.diskId() + " " + e.code() + " " + e.getMessage());
      }
    }
    return problems.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(problems);
  }

  private void scanIndex(RecoveryPointId id, DiskRecord d, Consumer<ChunkDigest> sink) {
    try (DiskIndexReader r =
        DiskIndexReader.open(repo.points().index(id, d.diskId()), repo.sealer())) {
      if (r.diskSize() != d.diskSize() || !r.diskId().equals(d.diskId())) {
        throw new BackupException(
            dev.vireo.backup.format.ErrorCode.CORRUPT_INDEX, "header does not match manifest");
      }
      while (r.hasNext()) {
        ChunkDigest c = r.next();
        if (!c.isZero()) {
          sink.accept(c);
        }
      }
      if (!MessageDigest.isEqual(r.verifyAll(), d.indexSha256())) {
        throw new BackupException(
            dev.vireo.backup.format.ErrorCode.CORRUPT_INDEX, "SHA-256 does not match manifest");
      }
    }
  }

  private void findDamage(
      RecoveryPointId id,
      Set<ChunkDigest> missing,
      Set<ChunkDigest> corrupt,
      Map<RecoveryPointId, List<String>> damaged) {
    Set<String> lines = new java.util.TreeSet<>();
    scanPoint(
        id,
        d -> {
          if (missing.contains(d)) {
            lines.add("missing " + d.hex());
          } else if (corrupt.contains(d)) {
            lines.add("corrupt " + d.hex());
          }
        });
    if (!lines.isEmpty()) {
      damaged.computeIfAbsent(id, k -> new ArrayList<>()).addAll(lines);
    }
  }

  private void persist(
      VerifyScope scope,
      List<RecoveryPointId> ids,
      Map<RecoveryPointId, List<String>> damaged,
      Set<String> badCopies) {
    for (RecoveryPointId id : ids) {
      if (damaged.containsKey(id)) {
        repo.points().markDamaged(id, damaged.get(id));
      } else if (scope.kind() != VerifyScope.Kind.SAMPLE) {
        repo.points().clearDamaged(id);
      }
    }
    if (!badCopies.isEmpty()) {
      Set<String> q = new HashSet<>(repo.quarantined());
      q.addAll(badCopies);
      repo.writeQuarantine(q);
    }
  }
}
