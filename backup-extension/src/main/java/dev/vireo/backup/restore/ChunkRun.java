package dev.vireo.backup.restore;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackId;

/**
 * Consecutive chunks of a disk whose blobs lie close together in one pack: restore reads their pack
 * region with one read and writes their plaintext with one write. Built by one thread.
 */
final class ChunkRun {
  /** Bytes a run's region may hold that belong to no chunk of the run, beyond its own. */
  private static final long SLACK = 64 << 10;

  final long diskOffset;
  final PackId pack;
  final ChunkDigest[] digests;
  final ChunkLocation[] locations;
  int count;
  long spanStart = Long.MAX_VALUE;
  long spanEnd = Long.MIN_VALUE;
  private long sealedBytes;
  int plainBytes;

  ChunkRun(long diskOffset, PackId pack, int maxChunks) {
    this.diskOffset = diskOffset;
    this.pack = pack;
    this.digests = new ChunkDigest[maxChunks];
    this.locations = new ChunkLocation[maxChunks];
  }

  /**
   * True if the chunk that follows this run on the disk can join it: same pack, room in the run,
   * and the region to read stays within {@code maxSpan} and at most about twice the bytes it needs
   * (chunks of other disks or of deleted data between them are read and skipped).
   */
  boolean accepts(ChunkLocation loc, int plainLength, int maxPlain, long maxSpan) {
    if (!loc.pack().equals(pack)
        || count == digests.length
        || plainBytes + plainLength > maxPlain) {
      return false;
    }
    long start = Math.min(spanStart, loc.offset());
    long end = Math.max(spanEnd, loc.offset() + loc.sealedLength());
    return end - start <= maxSpan && end - start <= 2 * (sealedBytes + loc.sealedLength()) + SLACK;
  }

  void add(ChunkDigest d, ChunkLocation loc) {
    digests[count] = d;
    locations[count] = loc;
    count++;
    spanStart = Math.min(spanStart, loc.offset());
    spanEnd = Math.max(spanEnd, loc.offset() + loc.sealedLength());
    sealedBytes += loc.sealedLength();
    plainBytes += loc.plainLength();
  }
}
