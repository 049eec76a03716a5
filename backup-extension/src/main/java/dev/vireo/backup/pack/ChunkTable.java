package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import java.security.SecureRandom;
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
 * <p>A pack's entries are appended together and stay contiguous ({@link #add} returns where they
 * start). The hash slots map a digest to its first entry that was {@linkplain #add mapped}: open
 * addressing with linear probing, at most half full, slot chosen from the digest's first word mixed
 * with a per-process random seed (so crafted disk contents cannot cluster the slots). Not
 * thread-safe: {@link PackCatalog} serialises access.
 */
final class ChunkTable {
  private static final int W = ChunkDigest.WORDS;
  private static final long SEED = new SecureRandom().nextLong();

  /** Entries addressable with int indexes into the digest words. */
  static final int MAX_ENTRIES = (Integer.MAX_VALUE - 16) / W;

  private final List<PackId> packIds = new ArrayList<>();
  private long[] words = new long[W * 1024];
  private long[] offsets = new long[1024];
  private int[] sealed = new int[1024];
  private int[] plain = new int[1024];
  private int[] pack = new int[1024];
  private int size;

  /** Entry index + 1 per slot; 0 = empty. */
  private int[] slots = new int[2048];

  private int mapped;

  int size() {
    return size;
  }

  /** Entries reachable by digest (first copies, not quarantined). */
  int mapped() {
    return mapped;
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
    int mask = slots.length - 1;
    for (int s = slot(d.firstWord(), mask); ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (d.equalsWords(words, (v - 1) * W)) {
        return v - 1;
      }
    }
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
    if (find(d) >= 0) {
      return;
    }
    if ((mapped + 1) * 2L > slots.length) {
      rehash(slots.length * 2);
    }
    int mask = slots.length - 1;
    int s = slot(d.firstWord(), mask);
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = i + 1;
    mapped++;
  }

  private void rehash(int capacity) {
    int[] old = slots;
    slots = new int[capacity];
    int mask = capacity - 1;
    for (int v : old) {
      if (v != 0) {
        int s = slot(words[(v - 1) * W], mask);
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = v;
      }
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

  /** The slot of a digest whose first word is {@code w}: MurmurHash3's 64-bit finaliser. */
  private static int slot(long w, int mask) {
    long h = w ^ SEED;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
