package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.chunk.DigestSlots;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every entry of every pack table the catalog has read, in primitive arrays: the digest as four
 * longs, the pack (an index into the table's pack list), offset, sealed and plain length: 52 bytes
 * an entry, ~80 with the hash slots and the arrays' room to grow, where {@code PackEntry}, {@code
 * ChunkDigest} and {@code ChunkLocation} objects and a {@code ConcurrentHashMap} node took ~175
 * (measured on the benchmark's repository, heap after GC over eight loaded catalogs). The whole
 * catalog is in memory during a backup or restore, so this sets the heap a repository of many
 * millions of chunks needs.
 *
 * <p>A pack's entries are appended together and stay contiguous. {@link DigestSlots} maps a digest
 * to its first entry that was {@linkplain #append mapped}. Not thread-safe: {@link PackCatalog}
 * serialises access.
 */
final class ChunkTable {
  private static final int W = ChunkDigest.WORDS;

  /** Entries addressable with int indexes into the digest words. */
  static final int MAX_ENTRIES = (Integer.MAX_VALUE - 16) / W;

  private final List<PackId> packIds = new ArrayList<>();
  private long[] words = new long[W * 1024];
  private long[] offsets = new long[1024];
  private int[] sealed = new int[1024];
  private int[] plain = new int[1024];
  private int[] pack = new int[1024];
  private int size;

  private final DigestSlots slots = new DigestSlots();

  int size() {
    return size;
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
    if (size == MAX_ENTRIES) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, "the repository holds more than " + MAX_ENTRIES + " chunks");
    }
    if (size == offsets.length) {
      grow();
    }
    int i = size++;
    e.digest().copyWords(words, i * W);
    offsets[i] = e.offset();
    sealed[i] = e.sealedLength();
    plain[i] = e.plainLength();
    pack[i] = p;
    if (map) {
      map(e.digest(), i);
    }
    return i;
  }

  /** Index of the mapped entry with digest {@code d}, or -1. */
  int find(ChunkDigest d) {
    return slots.find(d, words);
  }

  ChunkDigest digest(int i) {
    return ChunkDigest.fromWords(words, i * W);
  }

  PackEntry entry(int i) {
    return new PackEntry(digest(i), offsets[i], sealed[i], plain[i]);
  }

  ChunkLocation location(int i) {
    return new ChunkLocation(packIds.get(pack[i]), offsets[i], sealed[i], plain[i]);
  }

  private void map(ChunkDigest d, int i) {
    if (slots.find(d, words) < 0) {
      slots.insert(i, words);
    }
  }

  private void grow() {
    int n = (int) Math.min(MAX_ENTRIES, offsets.length + (offsets.length >> 1) + 16L);
    words = Arrays.copyOf(words, n * W);
    offsets = Arrays.copyOf(offsets, n);
    sealed = Arrays.copyOf(sealed, n);
    plain = Arrays.copyOf(plain, n);
    pack = Arrays.copyOf(pack, n);
  }
}
