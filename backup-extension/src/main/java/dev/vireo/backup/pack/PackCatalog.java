package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the repository's packs hold: the location of every stored chunk (thread-safe, updated as
 * packs are finished), the table of every pack, the packs whose table could not be read, and the
 * pack index files that could not be read. The tables live in one compact {@link ChunkTable} (~65
 * bytes per stored chunk); {@link #packs} and {@link #summary} build entry objects only for the
 * packs a caller reads.
 */
public final class PackCatalog {
  /** Where one pack's entries lie in the table. */
  private record Range(int start, int count, long tableStart) {}

  private final ChunkTable table = new ChunkTable();
  private final Map<PackId, Range> packs = new LinkedHashMap<>();
  private final Map<PackId, BackupException> unreadable = new ConcurrentHashMap<>();
  private final Map<Path, BackupException> unreadableIndexes = new LinkedHashMap<>();
  private final List<Path> indexFiles = new ArrayList<>();
  private final Set<PackId> readFromPacks = new HashSet<>();
  private final Set<String> quarantined;

  private PackCatalog(Set<String> quarantined) {
    this.quarantined = Set.copyOf(quarantined);
  }

  /** A catalog of no packs, filled with {@link #add}. */
  static PackCatalog empty(Set<String> quarantined) {
    return new PackCatalog(quarantined);
  }

  /**
   * Loads the catalog the fast way (format §4.7): the tables of packs that a readable pack index
   * file covers come from that file; every other pack's table is read from the pack itself. Index
   * entries naming packs that no longer exist are ignored. Quarantined copies ({@link #copyKey})
   * are left out of the chunk map.
   */
  public static PackCatalog load(
      Path packsDir, Path indexDir, Sealer sealer, Set<String> quarantined) {
    PackCatalog c = new PackCatalog(quarantined);
    Set<PackId> present = new HashSet<>(PackFiles.list(packsDir));
    for (Path f : PackIndex.list(indexDir)) {
      c.indexFiles.add(f);
      try {
        PackIndex.read(f, sealer, id -> present.contains(id) && !c.holds(id)).forEach(c::add);
      } catch (BackupException e) {
        c.unreadableIndexes.put(f, e);
      }
    }
    for (PackId id : present) {
      if (!c.holds(id)) {
        c.readFromPack(packsDir, id, sealer);
      }
    }
    return c;
  }

  /** Reads every pack's own table, ignoring pack index files (what verify checks against). */
  public static PackCatalog loadFromPacks(Path packsDir, Sealer sealer, Set<String> quarantined) {
    PackCatalog c = new PackCatalog(quarantined);
    for (PackId id : PackFiles.list(packsDir)) {
      c.readFromPack(packsDir, id, sealer);
    }
    return c;
  }

  private void readFromPack(Path packsDir, PackId id, Sealer sealer) {
    try (PackReader r = new PackReader(id, PackFiles.path(packsDir, id))) {
      add(r.readTable(sealer));
      readFromPacks.add(id);
    } catch (BackupException e) {
      unreadable.put(id, e);
    }
  }

  /**
   * Adds a pack's table. A pack already in the catalog is left as it is (a pack file's table never
   * changes). Each chunk keeps the location it was first added with; quarantined copies are kept in
   * the pack's table but never become a chunk's location.
   */
  public synchronized void add(PackSummary s) {
    if (packs.containsKey(s.id())) {
      return;
    }
    int p = table.newPack(s.id());
    int start = table.size();
    boolean anyQuarantined = !quarantined.isEmpty();
    for (PackEntry e : s.entries()) {
      boolean usable = !anyQuarantined || !quarantined.contains(copyKey(e.digest(), s.id()));
      table.append(p, e, usable);
    }
    packs.put(s.id(), new Range(start, s.entries().size(), s.tableStart()));
  }

  private synchronized boolean holds(PackId id) {
    return packs.containsKey(id);
  }

  /** Names one stored copy of a chunk: {@code <digest hex>@<pack id>}. */
  public static String copyKey(ChunkDigest d, PackId pack) {
    return d.hex() + "@" + pack.hex();
  }

  public synchronized Optional<ChunkLocation> find(ChunkDigest d) {
    int i = table.find(d);
    return i < 0 ? Optional.empty() : Optional.of(table.location(i));
  }

  public synchronized boolean contains(ChunkDigest d) {
    return table.find(d) >= 0;
  }

  /**
   * Every pack's table by pack id, in the order the packs were added: a read-only view that builds
   * a pack's entry list when it is read, so holding it costs nothing.
   */
  public Map<PackId, List<PackEntry>> packs() {
    return new AbstractMap<>() {
      @Override
      public List<PackEntry> get(Object key) {
        return key instanceof PackId id ? entriesOf(id) : null;
      }

      @Override
      public boolean containsKey(Object key) {
        return key instanceof PackId id && holds(id);
      }

      @Override
      public int size() {
        synchronized (PackCatalog.this) {
          return packs.size();
        }
      }

      @Override
      public Set<PackId> keySet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(packIds()));
      }

      @Override
      public Set<Entry<PackId, List<PackEntry>>> entrySet() {
        List<PackId> ids = packIds();
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<PackId, List<PackEntry>>> iterator() {
            return ids.stream()
                .<Entry<PackId, List<PackEntry>>>map(id -> Map.entry(id, entriesOf(id)))
                .iterator();
          }

          @Override
          public int size() {
            return ids.size();
          }
        };
      }
    };
  }

  private synchronized List<PackId> packIds() {
    return List.copyOf(packs.keySet());
  }

  /** A pack's entries as objects, or null if the catalog does not hold it. */
  private synchronized List<PackEntry> entriesOf(PackId id) {
    Range r = packs.get(id);
    return r == null ? null : entries(r);
  }

  private List<PackEntry> entries(Range r) {
    List<PackEntry> out = new ArrayList<>(r.count());
    for (int i = r.start(); i < r.start() + r.count(); i++) {
      out.add(table.entry(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** The table of one pack, if the catalog holds it. */
  public synchronized Optional<PackSummary> summary(PackId id) {
    Range r = packs.get(id);
    return r == null
        ? Optional.empty()
        : Optional.of(new PackSummary(id, r.tableStart(), entries(r)));
  }

  /** The known tables of the given packs (those the catalog does not hold are skipped). */
  public List<PackSummary> summaries(Iterable<PackId> ids) {
    List<PackSummary> out = new ArrayList<>();
    for (PackId id : ids) {
      summary(id).ifPresent(out::add);
    }
    return out;
  }

  /** Packs whose table was read from the pack file at load, because no pack index covered it. */
  public synchronized Set<PackId> readFromPacks() {
    return Set.copyOf(readFromPacks);
  }

  public Map<PackId, BackupException> unreadable() {
    return new HashMap<>(unreadable);
  }

  /**
   * The pack index files {@link #load} found, readable or not (none for {@link #loadFromPacks}).
   */
  public List<Path> indexFiles() {
    return Collections.unmodifiableList(indexFiles);
  }

  /** Pack index files that could not be read at load (their packs were read directly). */
  public Map<Path, BackupException> unreadableIndexes() {
    return Collections.unmodifiableMap(unreadableIndexes);
  }

  /** Distinct chunks the catalog can locate. */
  public synchronized int chunkCount() {
    return table.mapped();
  }

  /** Entries of all pack tables (a chunk stored in two packs counts twice). */
  public synchronized long entryCount() {
    return table.size();
  }
}
