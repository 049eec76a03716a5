package dev.vireo.backup.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.chunk.ChunkDigest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The catalog's compact table against a plain map model: every chunk is found at the first location
 * it was added with, quarantined copies never become a location, packs read back entry for entry,
 * across many growths of the table and with digests that share their first word.
 */
class PackCatalogTest {
  private static final long HEADER = 64;

  @Test
  void findsEveryChunkAtItsFirstUsableCopyLikeAMapWould() {
    Random rnd = new Random(7);
    List<ChunkDigest> pool = new ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      pool.add(i % 50 == 0 ? sharingFirstWord(rnd) : random(rnd));
    }
    Set<String> quarantined = new HashSet<>();
    List<PackSummary> summaries = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      PackId id = PackId.random();
      List<PackEntry> es = new ArrayList<>();
      long off = HEADER;
      int n = 50 + rnd.nextInt(400);
      for (int e = 0; e < n; e++) {
        // mostly new chunks, some stored again in a later pack (dedup misses, repacking)
        ChunkDigest d = pool.get(rnd.nextInt(pool.size()));
        int sealedLen = 100 + rnd.nextInt(70_000);
        es.add(new PackEntry(d, off, sealedLen, 1 + rnd.nextInt(65_536)));
        off += sealedLen;
        if (rnd.nextInt(50) == 0) {
          quarantined.add(PackCatalog.copyKey(d, id));
        }
      }
      summaries.add(new PackSummary(id, off, es));
    }

    PackCatalog catalog = PackCatalog.empty(quarantined);
    Map<ChunkDigest, ChunkLocation> model = new HashMap<>();
    Map<PackId, List<PackEntry>> packs = new LinkedHashMap<>();
    for (PackSummary s : summaries) {
      catalog.add(s);
      packs.put(s.id(), s.entries());
      for (PackEntry e : s.entries()) {
        if (!quarantined.contains(PackCatalog.copyKey(e.digest(), s.id()))) {
          model.putIfAbsent(e.digest(), ChunkLocation.of(s.id(), e));
        }
      }
    }

    assertThat(catalog.chunkCount()).isEqualTo(model.size());
    assertThat(catalog.entryCount())
        .isEqualTo(summaries.stream().mapToLong(s -> s.entries().size()).sum());
    for (ChunkDigest d : pool) {
      assertThat(catalog.find(d)).isEqualTo(Optional.ofNullable(model.get(d)));
      assertThat(catalog.contains(d)).isEqualTo(model.containsKey(d));
    }
    assertThat(catalog.packs()).containsExactlyEntriesOf(packs);
    assertThat(catalog.packs().keySet()).containsExactlyElementsOf(packs.keySet());
    PackSummary some = summaries.get(123);
    assertThat(catalog.summary(some.id())).contains(some);
    assertThat(catalog.summary(PackId.random())).isEmpty();
    assertThat(catalog.packs().get(PackId.random())).isNull();
  }

  @Test
  void digestsThatShareTheirFirstWordAreToldApart() {
    Random rnd = new Random(3);
    ChunkDigest a = random(rnd);
    List<ChunkDigest> twins = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      twins.add(withFirstWord(a.firstWord(), rnd));
    }
    PackCatalog catalog = PackCatalog.empty(Set.of());
    PackId id = PackId.random();
    List<PackEntry> es = new ArrayList<>();
    for (int i = 0; i < twins.size(); i++) {
      es.add(new PackEntry(twins.get(i), HEADER + i, 1, i + 1));
    }
    catalog.add(new PackSummary(id, HEADER + twins.size(), es));
    for (int i = 0; i < twins.size(); i++) {
      assertThat(catalog.find(twins.get(i)).orElseThrow().plainLength()).isEqualTo(i + 1);
    }
    assertThat(catalog.contains(a)).isFalse();
    assertThat(catalog.contains(withFirstWord(a.firstWord(), rnd))).isFalse();
  }

  @Test
  void aPackAddedTwiceIsKeptOnce() {
    Random rnd = new Random(5);
    PackId id = PackId.random();
    PackSummary s =
        new PackSummary(id, HEADER + 10, List.of(new PackEntry(random(rnd), HEADER, 10, 20)));
    PackCatalog catalog = PackCatalog.empty(Set.of());
    catalog.add(s);
    catalog.add(s);
    assertThat(catalog.entryCount()).isEqualTo(1);
    assertThat(catalog.packs()).hasSize(1);
  }

  /** What a backup does: workers look chunks up while finished packs are added. */
  @Test
  void lookupsDuringAddsSeeEveryChunkAddedBeforeThem() throws Exception {
    Random rnd = new Random(11);
    List<PackSummary> summaries = new ArrayList<>();
    for (int p = 0; p < 400; p++) {
      List<PackEntry> es = new ArrayList<>();
      for (int e = 0; e < 200; e++) {
        es.add(new PackEntry(random(rnd), HEADER + e, 1, 1));
      }
      summaries.add(new PackSummary(PackId.random(), HEADER + 200, es));
    }
    PackCatalog catalog = PackCatalog.empty(Set.of());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int[] added = {0};
    CountDownLatch done = new CountDownLatch(2);
    Runnable reader =
        () -> {
          try {
            Random r = new Random();
            while (true) {
              int upTo;
              synchronized (added) {
                upTo = added[0];
              }
              if (upTo == summaries.size()) {
                break;
              }
              if (upTo > 0) {
                PackSummary s = summaries.get(r.nextInt(upTo));
                PackEntry e = s.entries().get(r.nextInt(s.entries().size()));
                if (!catalog.contains(e.digest())
                    || !catalog.find(e.digest()).orElseThrow().pack().equals(s.id())) {
                  throw new AssertionError("chunk of an added pack not found: " + e.digest());
                }
              }
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            done.countDown();
          }
        };
    new Thread(reader).start();
    new Thread(reader).start();
    for (PackSummary s : summaries) {
      catalog.add(s);
      synchronized (added) {
        added[0]++;
      }
    }
    done.await();
    assertThat(failure.get()).isNull();
    assertThat(catalog.chunkCount()).isEqualTo(400 * 200);
  }

  private static ChunkDigest random(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return ChunkDigest.of(b);
  }

  /** A digest whose first word is one of a few values, so slots collide by construction. */
  private static ChunkDigest sharingFirstWord(Random rnd) {
    return withFirstWord(rnd.nextInt(8), rnd);
  }

  private static ChunkDigest withFirstWord(long first, Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    ByteBuffer.wrap(b).putLong(0, first);
    return ChunkDigest.of(b);
  }
}
