package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the repository's packs hold: the location of every stored chunk (thread-safe, updated as
 * packs are finished), the table of every pack, the packs whose table could not be read, and the
 * pack index files that could not be read.
 */
public final class PackCatalog {
  private final Map<ChunkDigest, ChunkLocation> chunks = new ConcurrentHashMap<>();
  private final Map<PackId, List<PackEntry>> packs = new ConcurrentHashMap<>();
  private final Map<PackId, Long> tableStarts = new ConcurrentHashMap<>();
  private final Map<PackId, BackupException> unreadable = new ConcurrentHashMap<>();
  private final Map<Path, BackupException> unreadableIndexes = new LinkedHashMap<>();
  private final List<Path> indexFiles = new ArrayList<>();
  private final Set<PackId> readFromPacks = new HashSet<>();
  private final Set<String> quarantined;

  private PackCatalog(Set<String> quarantined) {
    this.quarantined = Set.copyOf(quarantined);
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
        PackIndex.read(f, sealer, id -> present.contains(id) && !c.packs.containsKey(id))
            .forEach(c::add);
      } catch (BackupException e) {
        c.unreadableIndexes.put(f, e);
      }
    }
    for (PackId id : present) {
      if (!c.packs.containsKey(id)) {
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

  public void add(PackSummary s) {
    packs.put(s.id(), s.entries());
    tableStarts.put(s.id(), s.tableStart());
    boolean anyQuarantined = !quarantined.isEmpty();
    for (PackEntry e : s.entries()) {
      if (!anyQuarantined || !quarantined.contains(copyKey(e.digest(), s.id()))) {
        chunks.putIfAbsent(e.digest(), ChunkLocation.of(s.id(), e));
      }
    }
  }

  /** Names one stored copy of a chunk: {@code <digest hex>@<pack id>}. */
  public static String copyKey(ChunkDigest d, PackId pack) {
    return d.hex() + "@" + pack.hex();
  }

  public Optional<ChunkLocation> find(ChunkDigest d) {
    return Optional.ofNullable(chunks.get(d));
  }

  public boolean contains(ChunkDigest d) {
    return chunks.containsKey(d);
  }

  public Map<PackId, List<PackEntry>> packs() {
    return Collections.unmodifiableMap(packs);
  }

  /** The table of one pack, if the catalog holds it. */
  public Optional<PackSummary> summary(PackId id) {
    List<PackEntry> es = packs.get(id);
    return es == null
        ? Optional.empty()
        : Optional.of(new PackSummary(id, tableStarts.get(id), es));
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
  public Set<PackId> readFromPacks() {
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

  public int chunkCount() {
    return chunks.size();
  }
}
