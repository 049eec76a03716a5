package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the repository's packs hold: the location of every stored chunk (thread-safe, updated as
 * packs are finished), the tables per pack, and the packs whose table could not be read.
 */
public final class PackCatalog {
  private final Map<ChunkDigest, ChunkLocation> chunks = new ConcurrentHashMap<>();
  private final Map<PackId, List<PackEntry>> packs = new ConcurrentHashMap<>();
  private final Map<PackId, BackupException> unreadable = new ConcurrentHashMap<>();
  private final Set<String> quarantined;

  private PackCatalog(Set<String> quarantined) {
    this.quarantined = Set.copyOf(quarantined);
  }

  /**
   * Reads every pack's table; quarantined copies ({@link #copyKey}) are left out of the chunk map.
   */
  public static PackCatalog load(Path packsDir, Sealer sealer, Set<String> quarantined) {
    PackCatalog c = new PackCatalog(quarantined);
    for (PackId id : PackFiles.list(packsDir)) {
      try (PackReader r = new PackReader(id, PackFiles.path(packsDir, id))) {
        c.add(id, r.readTable(sealer));
      } catch (BackupException e) {
        c.unreadable.put(id, e);
      }
    }
    return c;
  }

  public void add(PackId id, List<PackEntry> entries) {
    packs.put(id, List.copyOf(entries));
    for (PackEntry e : entries) {
      if (!quarantined.contains(copyKey(e.digest(), id))) {
        chunks.putIfAbsent(e.digest(), ChunkLocation.of(id, e));
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

  public Map<PackId, BackupException> unreadable() {
    return new HashMap<>(unreadable);
  }

  public int chunkCount() {
    return chunks.size();
  }
}
