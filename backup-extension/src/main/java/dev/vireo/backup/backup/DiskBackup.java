package dev.vireo.backup.backup;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.index.DiskIndexWriter;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.source.ChunkRange;
import dev.vireo.backup.source.ChunkRanges;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.throughput.BandwidthLimiter;
import dev.vireo.backup.throughput.Progress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Backs up one disk: walks the chunk ranges its source yields, takes each chunk from the {@link
 * ReadAhead} (which reads the source on its own thread), hands hashing/compression/packing to the
 * worker pool, and writes index entries in chunk order through a bounded window of in-flight
 * chunks. Chunks outside the ranges are zero markers ({@code ALLOCATED}) or copied from the
 * previous index ({@code CHANGED}).
 */
final class DiskBackup {
  private final DiskSource source;
  private final Optional<DiskIndexReader> previous;
  private final DiskIndexWriter index;
  private final ChunkStoreSession store;
  private final ExecutorService workers;
  private final BandwidthLimiter limiter;
  private final Progress progress;
  private final int chunkSize;
  private final int window;
  private final ArrayDeque<Future<ChunkResult>> inFlight = new ArrayDeque<>();
  private final List<Extent> extentsRead = new ArrayList<>();
  private long cursor;
  private long bytesRead;
  private long bytesStored;
  private long chunksNew;
  private ReadAhead readAhead;

  DiskBackup(
      DiskSource source,
      Optional<DiskIndexReader> previous,
      DiskIndexWriter index,
      ChunkStoreSession store,
      ExecutorService workers,
      BandwidthLimiter limiter,
      Progress progress,
      int chunkSize,
      int window) {
    this.source = source;
    this.previous = previous;
    this.index = index;
    this.store = store;
    this.workers = workers;
    this.limiter = limiter;
    this.progress = progress;
    this.chunkSize = chunkSize;
    this.window = window;
  }

  DiskOutcome run() {
    try (ReadAhead ahead = new ReadAhead(source, chunkSize)) {
      this.readAhead = ahead;
      return backUp();
    }
  }

  private DiskOutcome backUp() {
    long chunkCount = (source.size() + chunkSize - 1) / chunkSize;
    ChunkRanges ranges = new ChunkRanges(source.extents(), chunkSize, source.size());
    while (ranges.hasNext()) {
      ChunkRange r = ranges.next();
      fillGap(r.first());
      extentsRead.add(new Extent(r.first() * chunkSize, byteLength(r.first(), r.end())));
      for (long c = r.first(); c < r.end(); c++) {
        readChunk(c, true);
      }
    }
    fillGap(chunkCount);
    while (!inFlight.isEmpty()) {
      drainOne();
    }
    return new DiskOutcome(source, index, bytesRead, bytesStored, chunksNew, extentsRead);
  }

  private void fillGap(long upTo) {
    while (cursor < upTo) {
      ChunkDigest d = previous.isPresent() ? previous.get().next() : ChunkDigest.ZERO;
      if (d.isZero() || store.isStored(d)) {
        enqueue(CompletableFuture.completedFuture(new ChunkResult(d, 0)));
        cursor++;
      } else {
        // missing or quarantined in the repository: read it again from the source (self-healing)
        extentsRead.add(new Extent(cursor * chunkSize, byteLength(cursor, cursor + 1)));
        readChunk(cursor, false);
      }
    }
  }

  private void readChunk(long c, boolean skipPrevious) {
    int len = (int) byteLength(c, c + 1);
    byte[] buf = new byte[len];
    limiter.acquire(len);
    readAhead.read(c, buf, len);
    bytesRead += len;
    progress.transferred(len);
    if (skipPrevious) {
      previous.ifPresent(DiskIndexReader::next);
    }
    enqueue(workers.submit(() -> store.store(buf, len)));
    cursor = c + 1;
  }

  private void enqueue(Future<ChunkResult> f) {
    inFlight.add(f);
    if (inFlight.size() >= window) {
      drainOne();
    }
  }

  private void drainOne() {
    Future<ChunkResult> f = inFlight.poll();
    ChunkResult r = await(f);
    index.add(r.digest());
    if (r.storedBytes() > 0) {
      bytesStored += r.storedBytes();
      chunksNew++;
    }
    progress.advance(chunkSize);
  }

  private long byteLength(long firstChunk, long endChunk) {
    return Math.min(source.size(), endChunk * chunkSize) - firstChunk * chunkSize;
  }

  static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(ErrorCode.INTERRUPTED, "interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BackupException b) {
        throw b;
      }
      throw new BackupException(ErrorCode.IO_ERROR, "worker failed: " + e.getCause(), e);
    }
  }
}
