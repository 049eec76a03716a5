package dev.vireo.backup.chunk;

import java.security.SecureRandom;

/**
 * An open-addressing index from digests to entry numbers, for tables that keep their digests
 * themselves ({@link Digests}): linear probing, each of {@value #SHARDS} shards at most half full
 * and grown on its own (so growing never needs a second copy of the whole index: the heap a large
 * repository needs is its size, not twice it), the shard and slot taken from a digest's first word
 * mixed with a per-process random seed (so crafted disk contents cannot pile up in one run of
 * slots). Not thread-safe.
 */
public final class DigestSlots {
  /** Where the indexed digests live. */
  public interface Digests {
    /** The first word ({@link ChunkDigest#firstWord}) of entry {@code entry}. */
    long firstWord(int entry);

    /** True if entry {@code entry} is {@code d}. */
    boolean holds(int entry, ChunkDigest d);
  }

  static final int SHARDS = 64;
  private static final long SEED = new SecureRandom().nextLong();

  /** Entry number + 1 per slot; 0 = empty. */
  private final int[][] shards = new int[SHARDS][];

  private final int[] used = new int[SHARDS];
  private final Digests digests;
  private int count;

  public DigestSlots(Digests digests) {
    this.digests = digests;
    for (int i = 0; i < SHARDS; i++) {
      shards[i] = new int[64];
    }
  }

  /** Entries indexed. */
  public int count() {
    return count;
  }

  /** The entry holding {@code d}, or -1. */
  public int find(ChunkDigest d) {
    long h = mix(d.firstWord());
    int[] slots = shards[shard(h)];
    int mask = slots.length - 1;
    for (int s = (int) h & mask; ; s = (s + 1) & mask) {
      int v = slots[s];
      if (v == 0) {
        return -1;
      }
      if (digests.holds(v - 1, d)) {
        return v - 1;
      }
    }
  }

  /** Indexes entry {@code entry}; the caller has checked that its digest is not indexed yet. */
  public void insert(int entry) {
    long h = mix(digests.firstWord(entry));
    int sh = shard(h);
    if ((used[sh] + 1) * 2L > shards[sh].length) {
      int[] old = shards[sh];
      shards[sh] = new int[old.length * 2];
      for (int v : old) {
        if (v != 0) {
          place(shards[sh], v, mix(digests.firstWord(v - 1)));
        }
      }
    }
    place(shards[sh], entry + 1, h);
    used[sh]++;
    count++;
  }

  private static void place(int[] slots, int value, long h) {
    int mask = slots.length - 1;
    int s = (int) h & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = value;
  }

  /** The shard: the mixed hash's top bits (the slot within it comes from the low bits). */
  private static int shard(long h) {
    return (int) (h >>> 58);
  }

  /** MurmurHash3's 64-bit finaliser of the first word and the seed. */
  private static long mix(long firstWord) {
    long h = firstWord ^ SEED;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
