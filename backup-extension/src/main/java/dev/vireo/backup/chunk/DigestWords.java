package dev.vireo.backup.chunk;

import java.util.Arrays;

/**
 * Digests stored as {@link ChunkDigest#WORDS} longs each, in segments of {@value #SEGMENT} entries:
 * appending never copies what is stored (only the small array of segments grows), so a table of
 * many millions of digests needs its own size in heap, not twice it while it grows. Entry numbers
 * are ints. Not thread-safe.
 */
public final class DigestWords implements DigestSlots.Digests {
  /** Entries per segment (a power of two); tables with per-entry columns segment them alike. */
  public static final int SEGMENT = 1 << 15;

  private static final int W = ChunkDigest.WORDS;
  private static final int SHIFT = Integer.numberOfTrailingZeros(SEGMENT);
  private static final int MASK = SEGMENT - 1;

  private long[][] segments = new long[16][];
  private int size;

  public int size() {
    return size;
  }

  /** Appends {@code d}; returns its entry number. */
  public int add(ChunkDigest d) {
    if (size == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than " + Integer.MAX_VALUE + " digests");
    }
    int seg = size >>> SHIFT;
    if (seg == segments.length) {
      segments = Arrays.copyOf(segments, segments.length * 2);
    }
    if (segments[seg] == null) {
      segments[seg] = new long[SEGMENT * W];
    }
    d.copyWords(segments[seg], (size & MASK) * W);
    return size++;
  }

  public ChunkDigest get(int entry) {
    return ChunkDigest.fromWords(segments[entry >>> SHIFT], (entry & MASK) * W);
  }

  @Override
  public long firstWord(int entry) {
    return segments[entry >>> SHIFT][(entry & MASK) * W];
  }

  @Override
  public boolean holds(int entry, ChunkDigest d) {
    return d.equalsWords(segments[entry >>> SHIFT], (entry & MASK) * W);
  }

  /** The segment of entry {@code entry} (for tables that keep columns beside the digests). */
  public static int segment(int entry) {
    return entry >>> SHIFT;
  }

  /** The position of entry {@code entry} within its segment. */
  public static int offset(int entry) {
    return entry & MASK;
  }
}
