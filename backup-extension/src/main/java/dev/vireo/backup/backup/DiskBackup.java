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
 * ReadAhead} (which reads the source on its own thread) into a batch of consecutive chunks, hands
 * each batch's hashing/compression/packing to the worker pool as one task, and writes index entries
 * in chunk order through a bounded window of in-flight batches. Chunks outside the ranges are zero
 * markers ({@code ALLOCATED}) or copied from the previous index ({@code CHANGED}).
 *
 * <p>Batches, not single chunks, go to the workers: a task per 64 KiB chunk cost a new array and a
 * hand-over between threads per chunk; batch buffers are reused.
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

  /** Bytes of source data per batch (whole chunks; at least one). */
  static final int BATCH_BYTES = 1 << 20;

  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private final ArrayDeque<byte[]> freeBatches = new ArrayDeque<>();
  private final int batchChunks;
  private byte[] batch;
  private int[] batchLengths;
  private int batchCount;
  private int batchBytes;

  /** Results of a batch in chunk order, and the batch's buffer to reuse once they are taken. */
  private record Pending(Future<ChunkResult[]> results, byte[] buffer) {}

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
    this.batchChunks = Math.max(1, BATCH_BYTES / chunkSize);
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
    submitBatch();
    while (!inFlight.isEmpty()) {
      drainOne();
    }
    return new DiskOutcome(source, index, bytesRead, bytesStored, chunksNew, extentsRead);
  }

  private void fillGap(long upTo) {
    while (cursor < upTo) {
      ChunkDigest d = previous.isPresent() ? previous.get().next() : ChunkDigest.ZERO;
      if (d.isZero() || store.isStored(d)) {
        submitBatch(); // index entries stay in chunk order
        enqueue(
            new Pending(
                CompletableFuture.completedFuture(new ChunkResult[] {new ChunkResult(d, 0)}),
                null));
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
    if (batch == null) {
      batch = freeBatches.isEmpty() ? new byte[batchChunks * chunkSize] : freeBatches.pop();
      batchLengths = new int[batchChunks];
    }
    limiter.acquire(len);
    readAhead.read(c, batch, batchBytes, len);
    batchLengths[batchCount++] = len;
    batchBytes += len;
    bytesRead += len;
    progress.transferred(len);
    if (skipPrevious) {
      previous.ifPresent(DiskIndexReader::next);
    }
    cursor = c + 1;
    if (batchCount == batchChunks) {
      submitBatch();
    }
  }

  /** Hands the chunks read so far to a worker as one task. */
  private void submitBatch() {
    if (batchCount == 0) {
      return;
    }
    byte[] data = batch;
    int[] lengths = batchLengths;
    int count = batchCount;
    batch = null;
    batchCount = 0;
    batchBytes = 0;
    Future<ChunkResult[]> f =
        workers.submit(
            () -> {
              ChunkResult[] results = new ChunkResult[count];
              for (int i = 0, off = 0; i < count; off += lengths[i], i++) {
                results[i] = store.store(data, off, lengths[i]);
              }
              return results;
            });
    enqueue(new Pending(f, data));
  }

  private void enqueue(Pending p) {
    inFlight.add(p);
    if (inFlight.size() >= window) {
      drainOne();
    }
  }

  private void drainOne() {
    Pending p = inFlight.poll();
    for (ChunkResult r : await(p.results())) {
      index.add(r.digest());
      if (r.storedBytes() > 0) {
        bytesStored += r.storedBytes();
        chunksNew++;
      }
      progress.advance(chunkSize);
    }
    if (p.buffer() != null) {
      freeBatches.push(p.buffer());
    }
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
