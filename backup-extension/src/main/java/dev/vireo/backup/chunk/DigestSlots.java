package dev.vireo.backup.chunk;

import java.security.SecureRandom;

/**
 * An open-addressing index from digests to entry numbers, for tables that keep their digests as
 * {@link ChunkDigest#WORDS} longs per entry in one {@code long[]} (entry {@code i} at {@code i *
 * WORDS}): linear probing, at most half full, the slot taken from a digest's first word mixed with
 * a per-process random seed (so crafted disk contents cannot pile up in one run of slots). Only the
 * slots live here; the caller owns the words and passes its current array to each call. Not
 * thread-safe.
 */
public final class DigestSlots {
  private static final int W = ChunkDigest.WORDS;
  private static final long SEED = new SecureRandom().nextLong();

  /** Entry number + 1 per slot; 0 = empty. */
  private int[] slots = new int[2048];

  private int count;

  /** Entries indexed. */
  public int count() {
    return count;
  }

  /** The entry holding {@code d} in {@code words}, or -1. */
  public int find(ChunkDigest d, long[] words) {
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

  /** Indexes entry {@code entry} of {@code words}; the caller has checked it is not indexed yet. */
  public void insert(int entry, long[] words) {
    if ((count + 1) * 2L > slots.length) {
      rehash(words);
    }
    place(slots, entry + 1, words[entry * W]);
    count++;
  }

  private void rehash(long[] words) {
    int[] old = slots;
    slots = new int[old.length * 2];
    for (int v : old) {
      if (v != 0) {
        place(slots, v, words[(v - 1) * W]);
      }
    }
  }

  private static void place(int[] slots, int value, long firstWord) {
    int mask = slots.length - 1;
    int s = slot(firstWord, mask);
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = value;
  }

  /** MurmurHash3's 64-bit finaliser of the first word and the seed. */
  private static int slot(long firstWord, int mask) {
    long h = firstWord ^ SEED;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h & mask;
  }
}
