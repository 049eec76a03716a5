package dev.vireo.backup.verify;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.chunk.DigestSet;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackEntry;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.throughput.Progress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Re-reads and re-hashes stored chunk copies in parallel. A digest is corrupt when every copy of it
 * that was checked is bad (a good duplicate in another pack keeps it usable).
 */
final class ChunkChecker {
  record Result(long chunks, long bytes, Set<ChunkDigest> corrupt, Set<String> badCopies) {}

  private record Item(ChunkDigest digest, ChunkLocation loc) {}

  private final Repository repo;
  private final PackCatalog catalog;
  private final int threads;
  private final Progress progress;

  ChunkChecker(Repository repo, PackCatalog catalog, int threads, Progress progress) {
    this.repo = repo;
    this.catalog = catalog;
    this.threads = threads;
    this.progress = progress;
  }

  Result check(VerifyScope scope, Set<ChunkDigest> referenced) {
    List<Item> todo = select(scope, referenced);
    todo.forEach(i -> progress.addTotal(i.loc().plainLength()));
    Set<ChunkDigest> good = Collections.synchronizedSet(new DigestSet());
    Set<ChunkDigest> bad = ConcurrentHashMap.newKeySet();
    Set<String> badCopies = ConcurrentHashMap.newKeySet();
    AtomicLong bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> fs = new ArrayList<>();
      int batch = 256;
      for (int i = 0; i < todo.size(); i += batch) {
        List<Item> part = todo.subList(i, Math.min(todo.size(), i + batch));
        fs.add(pool.submit(() -> part.forEach(l -> checkOne(l, good, bad, badCopies, bytes))));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(dev.vireo.backup.format.ErrorCode.INTERRUPTED, "interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new BackupException(
          dev.vireo.backup.format.ErrorCode.IO_ERROR, "verify worker failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
    Set<ChunkDigest> corrupt = new HashSet<>(bad);
    corrupt.removeAll(good);
    return new Result(todo.size(), bytes.get(), corrupt, badCopies);
  }

  private void checkOne(
      Item item,
      Set<ChunkDigest> good,
      Set<ChunkDigest> bad,
      Set<String> badCopies,
      AtomicLong bytes) {
    ChunkDigest d = item.digest();
    ChunkLocation loc = item.loc();
    bytes.addAndGet(loc.plainLength());
    progress.advance(loc.plainLength());
    try {
      byte[] sealed = repo.readBlob(loc);
      byte[] plain = repo.sealer().openBlob(sealed, d.toBytes(), loc.plainLength());
      if (d.matches(plain, plain.length)) {
        good.add(d);
        return;
      }
    } catch (BackupException e) {
      // this copy is unreadable: counted as bad below
    }
    bad.add(d);
    badCopies.add(PackCatalog.copyKey(d, loc.pack()));
  }

  private List<Item> select(VerifyScope scope, Set<ChunkDigest> referenced) {
    Random rnd = new Random(scope.seed());
    List<Item> out = new ArrayList<>();
    Map<PackId, List<PackEntry>> packs =
        new java.util.TreeMap<>(java.util.Comparator.comparing(PackId::hex));
    packs.putAll(catalog.packs());
    for (Map.Entry<PackId, List<PackEntry>> p : packs.entrySet()) {
      for (PackEntry e : p.getValue()) {
        boolean take =
            switch (scope.kind()) {
              case ALL -> true;
              case SAMPLE -> rnd.nextDouble() < scope.fraction();
              case POINTS -> referenced.contains(e.digest());
            };
        if (take) {
          out.add(new Item(e.digest(), ChunkLocation.of(p.getKey(), e)));
        }
      }
    }
    return out;
  }
}
