package dev.vireo.backup.chunk;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of digests in primitive arrays: 32 bytes a digest plus 8–16 bytes of {@link DigestSlots},
 * where a {@code HashSet<ChunkDigest>} takes ~100 (node, table slot, digest object and its array).
 * For the sets that grow with the repository: the chunks every recovery point references (garbage
 * collection, verify). Adds and lookups only; iteration builds digest objects in insertion order.
 * Not thread-safe.
 */
public final class DigestSet extends AbstractSet<ChunkDigest> {
  private static final int W = ChunkDigest.WORDS;
  private static final int MAX = (Integer.MAX_VALUE - 16) / W;

  private final DigestSlots slots = new DigestSlots();
  private long[] words = new long[W * 1024];
  private int size;

  @Override
  public boolean add(ChunkDigest d) {
    if (slots.find(d, words) >= 0) {
      return false;
    }
    if (size == MAX) {
      throw new IllegalStateException("more than " + MAX + " digests");
    }
    if ((size + 1) * W > words.length) {
      words = Arrays.copyOf(words, (int) Math.min((long) MAX * W, words.length * 3L / 2 + W));
    }
    d.copyWords(words, size * W);
    slots.insert(size, words);
    size++;
    return true;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof ChunkDigest d && slots.find(d, words) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<ChunkDigest> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public ChunkDigest next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return ChunkDigest.fromWords(words, W * next++);
      }
    };
  }
}
