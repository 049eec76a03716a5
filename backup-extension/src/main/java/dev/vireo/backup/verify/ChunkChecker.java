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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Re-reads and re-hashes stored chunk copies in parallel. A digest is corrupt when every copy of it
 * that was checked is bad (a good duplicate in another pack keeps it usable).
 */
final class ChunkChecker {
  record Result(long chunks, long bytes, Set<ChunkDigest> corrupt, Set<String> badCopies) {}

  private record Item(ChunkDigest digest, ChunkLocation loc) {}

  private static final int BATCH = 256;

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
    List<PackId> packs = new ArrayList<>(catalog.packs().keySet());
    packs.sort(Comparator.comparing(PackId::hex));
    // Two passes over the same selection (same seed): the first sizes the progress bar, the
    // second checks; neither holds more than one pack's entries and the batches in flight.
    AtomicLong selected = new AtomicLong();
    forEachSelected(
        scope,
        referenced,
        packs,
        i -> {
          selected.incrementAndGet();
          progress.addTotal(i.loc().plainLength());
        });
    Set<ChunkDigest> good = Collections.synchronizedSet(new DigestSet());
    Set<ChunkDigest> bad = ConcurrentHashMap.newKeySet();
    Set<String> badCopies = ConcurrentHashMap.newKeySet();
    AtomicLong bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore window = new Semaphore(2 * threads);
    ArrayDeque<Future<?>> inFlight = new ArrayDeque<>();
    try {
      List<Item> batch = new ArrayList<>(BATCH);
      Consumer<List<Item>> submit =
          part -> {
            window.acquireUninterruptibly();
            inFlight.add(
                pool.submit(
                    () -> {
                      try {
                        part.forEach(l -> checkOne(l, good, bad, badCopies, bytes));
                      } finally {
                        window.release();
                      }
                    }));
            drainDone(inFlight, false);
          };
      forEachSelected(
          scope,
          referenced,
          packs,
          i -> {
            batch.add(i);
            if (batch.size() == BATCH) {
              submit.accept(List.copyOf(batch));
              batch.clear();
            }
          });
      if (!batch.isEmpty()) {
        submit.accept(List.copyOf(batch));
      }
      drainDone(inFlight, true);
    } finally {
      pool.shutdownNow();
    }
    Set<ChunkDigest> corrupt = new HashSet<>(bad);
    corrupt.removeAll(good);
    return new Result(selected.get(), bytes.get(), corrupt, badCopies);
  }

  /** Takes finished batches off the head of {@code q} (all of them, waiting, if {@code all}). */
  private static void drainDone(ArrayDeque<Future<?>> q, boolean all) {
    try {
      while (!q.isEmpty() && (all || q.peek().isDone())) {
        q.poll().get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(dev.vireo.backup.format.ErrorCode.INTERRUPTED, "interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new BackupException(
          dev.vireo.backup.format.ErrorCode.IO_ERROR, "verify worker failed: " + e.getCause(), e);
    }
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

  /** Each chunk copy the scope selects, pack by pack in {@code packs} order. */
  private void forEachSelected(
      VerifyScope scope, Set<ChunkDigest> referenced, List<PackId> packs, Consumer<Item> out) {
    Random rnd = new Random(scope.seed());
    Map<PackId, List<PackEntry>> tables = catalog.packs();
    for (PackId id : packs) {
      for (PackEntry e : tables.get(id)) {
        boolean take =
            switch (scope.kind()) {
              case ALL -> true;
              case SAMPLE -> rnd.nextDouble() < scope.fraction();
              case POINTS -> referenced.contains(e.digest());
            };
        if (take) {
          out.accept(new Item(e.digest(), ChunkLocation.of(id, e)));
        }
      }
    }
  }
}
