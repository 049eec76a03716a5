package dev.vireo.backup.chunk;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A set of digests in primitive arrays: 32 bytes a digest plus 8–16 bytes of {@link DigestSlots},
 * where a {@code HashSet<ChunkDigest>} takes ~112 (node, table slot, digest object and its array),
 * and it grows without copying itself. For the sets that grow with the repository: the chunks every
 * recovery point references (garbage collection, verify). Adds and lookups only; iteration builds
 * digest objects in insertion order. Not thread-safe.
 */
public final class DigestSet extends AbstractSet<ChunkDigest> {
  private final DigestWords words = new DigestWords();
  private final DigestSlots slots = new DigestSlots(words);

  @Override
  public boolean add(ChunkDigest d) {
    if (slots.find(d) >= 0) {
      return false;
    }
    slots.insert(words.add(d));
    return true;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof ChunkDigest d && slots.find(d) >= 0;
  }

  @Override
  public int size() {
    return words.size();
  }

  @Override
  public Iterator<ChunkDigest> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < words.size();
      }

      @Override
      public ChunkDigest next() {
        if (next >= words.size()) {
          throw new NoSuchElementException();
        }
        return words.get(next++);
      }
    };
  }
}
