package dev.vireo.backup.restore;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.throughput.Progress;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Restores one disk: streams its index, groups consecutive non-zero chunks into {@link ChunkRun}s,
 * restores them on the {@link RunPipeline} through a bounded window (written positionally by the
 * pipeline for files, in order by this thread for streams), coalesces zero chunks into hole ranges,
 * and finally checks the index file against the manifest.
 */
final class DiskRestore {
  private final DiskRecord disk;
  private final DiskIndexReader index;
  private final PackCatalog catalog;
  private final RunPipeline pipeline;
  private final RestoreTarget target;
  private final Progress progress;
  private final int window;
  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private ChunkRun run;
  private long zeroStart = -1;
  private long zeroEnd;

  /** A run being restored, or (streams only) a zero range waiting for its turn. */
  private record Pending(long offset, long zeroLength, int plainBytes, Future<ByteBuffer> run) {}

  DiskRestore(
      DiskRecord disk,
      DiskIndexReader index,
      PackCatalog catalog,
      RunPipeline pipeline,
      RestoreTarget target,
      Progress progress,
      int window) {
    this.disk = disk;
    this.index = index;
    this.catalog = catalog;
    this.pipeline = pipeline;
    this.target = target;
    this.progress = progress;
    this.window = window;
  }

  void run() {
    try {
      restoreChunks();
    } catch (RuntimeException e) {
      abandonInFlight();
      throw e;
    }
    if (!MessageDigest.isEqual(index.verifyAll(), disk.indexSha256())) {
      throw new BackupException(
          ErrorCode.CORRUPT_INDEX, "index of " + disk.diskId() + " does not match the manifest");
    }
    target.finish();
  }

  private void restoreChunks() {
    checkHeader();
    int cs = disk.chunkSize();
    for (long c = 0; index.hasNext(); c++) {
      ChunkDigest d = index.next();
      long off = c * cs;
      int len = (int) Math.min(cs, disk.diskSize() - off);
      if (d.isZero()) {
        submitRun();
        addZeros(off, len);
      } else {
        flushZeros();
        addChunk(off, len, d);
      }
    }
    submitRun();
    flushZeros();
    while (!inFlight.isEmpty()) {
      drainOne();
    }
  }

  private void checkHeader() {
    if (index.diskSize() != disk.diskSize() || !index.diskId().equals(disk.diskId())) {
      throw new BackupException(
          ErrorCode.CORRUPT_INDEX, "index of " + disk.diskId() + " does not match the manifest");
    }
  }

  private void addChunk(long off, int len, ChunkDigest d) {
    ChunkLocation loc =
        catalog
            .find(d)
            .orElseThrow(
                () ->
                    new BackupException(
                        ErrorCode.MISSING_CHUNK, "chunk " + d.hex() + " is missing"));
    if (loc.plainLength() != len) {
      throw new BackupException(
          ErrorCode.CORRUPT_CHUNK,
          "chunk "
              + d.hex()
              + " in pack "
              + loc.pack()
              + ": stored length "
              + loc.plainLength()
              + ", the disk needs "
              + len
              + " at offset "
              + off);
    }
    if (run != null && !pipeline.accepts(run, loc)) {
      submitRun();
    }
    if (run == null) {
      run = pipeline.newRun(off, disk.chunkSize());
    }
    run.add(d, loc);
  }

  private void submitRun() {
    if (run == null) {
      return;
    }
    ChunkRun r = run;
    run = null;
    // the places are shared by all disks: while none is free, this disk's oldest run is written
    // (its place comes back), so a disk never waits for places its own finished runs hold
    while (!pipeline.tryReserve()) {
      if (inFlight.isEmpty()) {
        pipeline.reserve();
        break;
      }
      drainOne();
    }
    enqueue(new Pending(r.diskOffset, -1, r.plainBytes, pipeline.start(r, target)));
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
      progress.advance(len);
    } else {
      enqueue(new Pending(start, len, 0, null));
    }
  }

  private void enqueue(Pending p) {
    inFlight.add(p);
    if (inFlight.size() >= window) {
      drainOne();
    }
  }

  private void drainOne() {
    Pending p = inFlight.poll();
    if (p.run() == null) {
      target.zeros(p.offset(), p.zeroLength());
      progress.advance(p.zeroLength());
      return;
    }
    ByteBuffer plain = await(p.run());
    if (plain != null) {
      try {
        target.write(p.offset(), plain);
      } finally {
        pipeline.release(plain);
      }
    }
    progress.advance(p.plainBytes());
    progress.transferred(p.plainBytes());
  }

  /** After a failure: lets the runs in flight end before the target is closed under them. */
  private void abandonInFlight() {
    for (Pending p : inFlight) {
      if (p.run() != null) {
        try {
          ByteBuffer plain = p.run().get();
          if (plain != null) {
            pipeline.release(plain);
          }
        } catch (Exception ignored) {
          // the first failure is the one reported
        }
      }
    }
    inFlight.clear();
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
