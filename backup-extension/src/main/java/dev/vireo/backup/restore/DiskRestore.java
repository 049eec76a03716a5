package dev.vireo.backup.restore;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.throughput.Progress;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Restores one disk: streams its index, fetches and verifies chunks on the worker pool through a
 * bounded window, writes them (in order for streams, positionally for files), coalesces zero chunks
 * into hole ranges, and finally checks the index file against the manifest.
 */
final class DiskRestore {
  private final DiskRecord disk;
  private final DiskIndexReader index;
  private final ChunkFetcher fetcher;
  private final ExecutorService workers;
  private final RestoreTarget target;
  private final Progress progress;
  private final int window;
  private final ArrayDeque<Future<byte[]>> inFlight = new ArrayDeque<>();
  private final ArrayDeque<Long> offsets = new ArrayDeque<>();
  private long zeroStart = -1;
  private long zeroEnd;

  DiskRestore(
      DiskRecord disk,
      DiskIndexReader index,
      ChunkFetcher fetcher,
      ExecutorService workers,
      RestoreTarget target,
      Progress progress,
      int window) {
    this.disk = disk;
    this.index = index;
    this.fetcher = fetcher;
    this.workers = workers;
    this.target = target;
    this.progress = progress;
    this.window = window;
  }

  void run() {
    checkHeader();
    int cs = disk.chunkSize();
    for (long c = 0; index.hasNext(); c++) {
      ChunkDigest d = index.next();
      long off = c * cs;
      long len = Math.min(cs, disk.diskSize() - off);
      if (d.isZero()) {
        addZeros(off, len);
      } else {
        flushZeros();
        submit(off, d);
      }
    }
    flushZeros();
    while (!inFlight.isEmpty()) {
      drainOne();
    }
    if (!MessageDigest.isEqual(index.verifyAll(), disk.indexSha256())) {
      throw new BackupException(
          ErrorCode.CORRUPT_INDEX, "index of " + disk.diskId() + " does not match the manifest");
    }
    target.finish();
  }

  private void checkHeader() {
    if (index.diskSize() != disk.diskSize() || !index.diskId().equals(disk.diskId())) {
      throw new BackupException(
          ErrorCode.CORRUPT_INDEX, "index of " + disk.diskId() + " does not match the manifest");
    }
  }

  private void addZeros(long off, long len) {
    if (zeroStart >= 0 && zeroEnd == off) {
      zeroEnd = off + len;
      return;
    }
    flushZeros();
    zeroStart = off;
    zeroEnd = off + len;
  }

  private void flushZeros() {
    if (zeroStart < 0) {
      return;
    }
    long start = zeroStart;
    long len = zeroEnd - zeroStart;
    zeroStart = -1;
    if (target.positional()) {
      target.zeros(start, len);
    } else {
      enqueue(start, CompletableFuture.completedFuture(new byte[0]), len);
    }
    progress.advance(len);
  }

  private void submit(long off, ChunkDigest d) {
    Future<byte[]> f =
        workers.submit(
            () -> {
              byte[] data = fetcher.fetch(d);
              if (target.positional()) {
                target.write(off, data);
              }
              return data;
            });
    enqueue(off, f, -1);
  }

  private final ArrayDeque<Long> zeroLengths = new ArrayDeque<>();

  private void enqueue(long off, Future<byte[]> f, long zeroLength) {
    inFlight.add(f);
    offsets.add(off);
    zeroLengths.add(zeroLength);
    if (inFlight.size() >= window) {
      drainOne();
    }
  }

  private void drainOne() {
    byte[] data = await(inFlight.poll());
    long off = offsets.poll();
    long zeroLength = zeroLengths.poll();
    if (zeroLength >= 0) {
      target.zeros(off, zeroLength);
      return;
    }
    if (!target.positional()) {
      target.write(off, data);
    }
    progress.advance(data.length);
    progress.transferred(data.length);
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
      throw new BackupException(ErrorCode.IO_ERROR, "restore worker failed: " + e.getCause(), e);
    }
  }
}
