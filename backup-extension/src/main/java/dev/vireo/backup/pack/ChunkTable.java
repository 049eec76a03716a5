package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.chunk.DigestSlots;
import dev.vireo.backup.chunk.DigestWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every entry of every pack table the catalog has read, in primitive columns: the digest as four
 * longs ({@link DigestWords}), the pack (an index into the table's pack list), offset, sealed and
 * plain length: 52 bytes an entry, ~65 with the hash slots ({@link DigestSlots}, which map a digest
 * to its first entry that was {@linkplain #append mapped}), where {@code PackEntry}, {@code
 * ChunkDigest} and {@code ChunkLocation} objects and a {@code ConcurrentHashMap} node took ~175
 * (heap after GC over eight loaded catalogs of the benchmark's repository). The columns grow in
 * fixed segments and the slots shard by shard, so growing never copies the table: a catalog of many
 * millions of chunks needs its own size in heap, not twice it. The whole catalog is in memory
 * during a backup or restore, so this sets the heap a large repository needs. A pack's entries are
 * appended together and stay contiguous. Not thread-safe: {@link PackCatalog} serialises access.
 */
final class ChunkTable {
  private final List<PackId> packIds = new ArrayList<>();
  private final DigestWords digests = new DigestWords();
  private final DigestSlots slots = new DigestSlots(digests);
  // the other columns, segmented like the digests
  private long[][] offsets = new long[16][];
  private int[][] sealed = new int[16][];
  private int[][] plain = new int[16][];
  private int[][] pack = new int[16][];

  int size() {
    return digests.size();
  }

  /** Entries reachable by digest (first copies, not quarantined). */
  int mapped() {
    return slots.count();
  }

  /** Registers a pack; its entries are then appended with {@link #append}. */
  int newPack(PackId id) {
    packIds.add(id);
    return packIds.size() - 1;
  }

  /**
   * Appends one entry of pack {@code p}; if {@code map}, and no entry with its digest is mapped
   * yet, maps it. Returns the entry's index.
   */
  int append(int p, PackEntry e, boolean map) {
    int i = digests.add(e.digest());
    int seg = DigestWords.segment(i);
    int at = DigestWords.offset(i);
    if (seg == offsets.length) {
      int n = offsets.length * 2;
      offsets = Arrays.copyOf(offsets, n);
      sealed = Arrays.copyOf(sealed, n);
      plain = Arrays.copyOf(plain, n);
      pack = Arrays.copyOf(pack, n);
    }
    if (offsets[seg] == null) {
      offsets[seg] = new long[DigestWords.SEGMENT];
      sealed[seg] = new int[DigestWords.SEGMENT];
      plain[seg] = new int[DigestWords.SEGMENT];
      pack[seg] = new int[DigestWords.SEGMENT];
    }
    offsets[seg][at] = e.offset();
    sealed[seg][at] = e.sealedLength();
    plain[seg][at] = e.plainLength();
    pack[seg][at] = p;
    if (map && slots.find(e.digest()) < 0) {
      slots.insert(i);
    }
    return i;
  }

  /** Index of the mapped entry with digest {@code d}, or -1. */
  int find(ChunkDigest d) {
    return slots.find(d);
  }

  PackEntry entry(int i) {
    int seg = DigestWords.segment(i);
    int at = DigestWords.offset(i);
    return new PackEntry(digests.get(i), offsets[seg][at], sealed[seg][at], plain[seg][at]);
  }

  ChunkLocation location(int i) {
    int seg = DigestWords.segment(i);
    int at = DigestWords.offset(i);
    return new ChunkLocation(
        packIds.get(pack[seg][at]), offsets[seg][at], sealed[seg][at], plain[seg][at]);
  }
}
