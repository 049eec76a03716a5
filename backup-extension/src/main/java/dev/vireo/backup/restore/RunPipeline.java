package dev.vireo.backup.restore;

import com.github.luben.zstd.Zstd;
import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.repository.Repository;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Restores {@link ChunkRun}s in three stages: an I/O thread reads the run's pack regions (one read
 * per segment), a worker opens, decompresses and verifies each chunk into one output buffer, and an
 * I/O thread writes that buffer with one direct write where the target takes positional writes.
 * Every stage works in pooled direct buffers (no per-chunk arrays); a fixed number of runs is in
 * flight across all disks of the restore, which bounds its memory. Thread-safe; shared by the disks
 * of one restore.
 */
final class RunPipeline {
  /**
   * Largest plaintext of a run. Direct writes into a file's holes are serialised by the file system
   * (ext4 takes the inode lock for allocating writes), so their size sets the write rate: 4 MiB
   * writes come close to the device's rate where 1 MiB writes do not (ADR 0006).
   */
  private static final int RUN_PLAIN = 4 << 20;

  /** Most bytes of packs read for a run, all its segments together. */
  private static final int RUN_SPAN = 6 << 20;

  private final Repository repo;
  private final ExecutorService io;
  private final ExecutorService workers;
  private final int maxPlain;
  private final long maxSpan;
  private final BufferPool reads;
  private final BufferPool outputs;
  private final Semaphore runs;

  /**
   * @param maxRuns runs in flight across all disks (each holds up to two buffers, ~10 MiB)
   */
  RunPipeline(
      Repository repo, int maxChunkSize, ExecutorService io, ExecutorService workers, int maxRuns) {
    this.repo = repo;
    this.runs = new Semaphore(maxRuns);
    this.io = io;
    this.workers = workers;
    this.maxPlain = Math.max(maxChunkSize, RUN_PLAIN / maxChunkSize * maxChunkSize);
    long maxSealed =
        1L
            + Zstd.compressBound(maxChunkSize)
            + FormatConstants.GCM_NONCE_SIZE
            + FormatConstants.GCM_TAG_SIZE;
    this.maxSpan = Math.max(RUN_SPAN, maxSealed);
    this.reads = new BufferPool((int) maxSpan);
    this.outputs = new BufferPool(maxPlain);
  }

  /** A new, empty run for chunks from {@code diskOffset} of a disk in chunks of {@code cs}. */
  ChunkRun newRun(long diskOffset, int chunkSize) {
    return new ChunkRun(diskOffset, Math.max(1, maxPlain / chunkSize));
  }

  boolean accepts(ChunkRun run, ChunkLocation loc) {
    return run.accepts(loc, loc.plainLength(), maxPlain, maxSpan);
  }

  /** Takes a place for one more run in flight if one is free (then {@link #start} it). */
  boolean tryReserve() {
    return runs.tryAcquire();
  }

  /** Waits for a place for one more run in flight (then {@link #start} it). */
  void reserve() {
    try {
      runs.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupException(ErrorCode.INTERRUPTED, "interrupted", e);
    }
  }

  /**
   * Starts restoring {@code run} in a place taken with {@link #reserve}. For a positional target
   * the future completes, with null, once the run is written, and the place is free again;
   * otherwise with the run's plaintext (flipped), which the caller writes and then hands back with
   * {@link #release}. If the future fails, its place is free.
   */
  CompletableFuture<ByteBuffer> start(ChunkRun run, RestoreTarget target) {
    CompletableFuture<ByteBuffer> plain =
        CompletableFuture.supplyAsync(() -> read(run), io)
            .thenApplyAsync(region -> decode(run, region), workers);
    CompletableFuture<ByteBuffer> done =
        !target.positional()
            ? plain
            : plain.thenApplyAsync(
                out -> {
                  try {
                    target.write(run.diskOffset, out);
                    return null;
                  } finally {
                    outputs.give(out);
                  }
                },
                io);
    return done.whenComplete(
        (out, failure) -> {
          if (out == null) {
            runs.release();
          }
        });
  }

  /** Hands back a run's plaintext after writing it (non-positional targets) and frees its place. */
  void release(ByteBuffer out) {
    outputs.give(out);
    runs.release();
  }

  /** Reads the run's segments one after the other into one buffer. */
  private Region read(ChunkRun run) {
    ByteBuffer b = reads.take();
    int[] at = new int[run.segments];
    try {
      for (int s = 0; s < run.segments; s++) {
        int needed = (int) (run.segmentEnd[s] - run.segmentStart[s]);
        at[s] = b.position();
        b.limit(at[s] + needed);
        repo.readPackSpan(run.segmentPack[s], run.segmentStart[s], b, needed);
      }
      return new Region(b, at);
    } catch (RuntimeException e) {
      reads.give(b);
      throw e;
    }
  }

  /** The run's segments read into {@code bytes}, segment {@code s} from {@code at[s]}. */
  private record Region(ByteBuffer bytes, int[] at) {}

  private ByteBuffer decode(ChunkRun run, Region region) {
    ByteBuffer out = outputs.take();
    try {
      for (int i = 0; i < run.count; i++) {
        ChunkDigest d = run.digests[i];
        ChunkLocation loc = run.locations[i];
        int s = run.segmentOf[i];
        int from = region.at()[s] + (int) (loc.offset() - run.segmentStart[s]);
        ByteBuffer sealed = region.bytes().slice(from, loc.sealedLength());
        int at = out.position();
        try {
          repo.sealer().openBlobInto(sealed, d.toBytes(), loc.plainLength(), out);
        } catch (BackupException e) {
          throw corrupt(d, loc, e.getMessage(), e);
        }
        if (!d.matches(out.slice(at, loc.plainLength()))) {
          throw corrupt(d, loc, "digest mismatch", null);
        }
      }
      return out.flip();
    } catch (RuntimeException e) {
      outputs.give(out);
      throw e;
    } finally {
      reads.give(region.bytes());
    }
  }

  private static BackupException corrupt(
      ChunkDigest d, ChunkLocation loc, String detail, Throwable cause) {
    return new BackupException(
        ErrorCode.CORRUPT_CHUNK,
        "chunk " + d.hex() + " in pack " + loc.pack() + ": " + detail,
        cause);
  }
}
