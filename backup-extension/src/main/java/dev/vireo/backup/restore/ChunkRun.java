package dev.vireo.backup.restore;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackId;

/**
 * Consecutive chunks of a disk, restored together: their plaintext is written with one write, and
 * their blobs are read as a few pack regions ("segments"), one per stretch of chunks that lie close
 * together in one pack. A point built by incrementals takes neighbouring chunks from many packs
 * (each 4 KiB write of a VM changes one chunk, stored in a newer pack); a run then has several
 * segments but still one large write. Built by one thread.
 */
final class ChunkRun {
  /** Bytes a segment may hold that belong to no chunk of the run, beyond its own. */
  private static final long SLACK = 64 << 10;

  final long diskOffset;
  final ChunkDigest[] digests;
  final ChunkLocation[] locations;

  /** For each chunk, the segment its blob is read with. */
  final int[] segmentOf;

  final PackId[] segmentPack;
  final long[] segmentStart;
  final long[] segmentEnd;
  private final long[] segmentSealed;
  int count;
  int segments;

  /** Bytes the segments read, all together. */
  long spanBytes;

  int plainBytes;

  ChunkRun(long diskOffset, int maxChunks) {
    this.diskOffset = diskOffset;
    this.digests = new ChunkDigest[maxChunks];
    this.locations = new ChunkLocation[maxChunks];
    this.segmentOf = new int[maxChunks];
    this.segmentPack = new PackId[maxChunks];
    this.segmentStart = new long[maxChunks];
    this.segmentEnd = new long[maxChunks];
    this.segmentSealed = new long[maxChunks];
  }

  /**
   * True if the chunk that follows this run on the disk can join it: room in the run, and the
   * regions to read stay within {@code maxSpan}. It extends the last segment where it lies in the
   * same pack and that segment stays at most about twice the bytes it needs (chunks of other disks
   * or of deleted data between them are read and skipped), else it opens a segment of its own.
   */
  boolean accepts(ChunkLocation loc, int plainLength, int maxPlain, long maxSpan) {
    if (count == digests.length || plainBytes + plainLength > maxPlain) {
      return false;
    }
    return spanBytes + growth(loc) <= maxSpan;
  }

  void add(ChunkDigest d, ChunkLocation loc) {
    int s = segments - 1;
    long growth = growth(loc);
    if (s < 0 || !extendsLast(loc)) {
      s = segments++;
      segmentPack[s] = loc.pack();
      segmentStart[s] = loc.offset();
      segmentEnd[s] = loc.offset() + loc.sealedLength();
    } else {
      segmentStart[s] = Math.min(segmentStart[s], loc.offset());
      segmentEnd[s] = Math.max(segmentEnd[s], loc.offset() + loc.sealedLength());
    }
    segmentSealed[s] += loc.sealedLength();
    spanBytes += growth;
    digests[count] = d;
    locations[count] = loc;
    segmentOf[count] = s;
    count++;
    plainBytes += loc.plainLength();
  }

  /** How much more the run reads with {@code loc} in it. */
  private long growth(ChunkLocation loc) {
    if (segments == 0 || !extendsLast(loc)) {
      return loc.sealedLength();
    }
    int s = segments - 1;
    long start = Math.min(segmentStart[s], loc.offset());
    long end = Math.max(segmentEnd[s], loc.offset() + loc.sealedLength());
    return (end - start) - (segmentEnd[s] - segmentStart[s]);
  }

  private boolean extendsLast(ChunkLocation loc) {
    int s = segments - 1;
    if (s < 0 || !loc.pack().equals(segmentPack[s])) {
      return false;
    }
    long start = Math.min(segmentStart[s], loc.offset());
    long end = Math.max(segmentEnd[s], loc.offset() + loc.sealedLength());
    return end - start <= 2 * (segmentSealed[s] + loc.sealedLength()) + SLACK;
  }
}
