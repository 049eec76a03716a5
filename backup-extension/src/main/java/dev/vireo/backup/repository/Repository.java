package dev.vireo.backup.repository;

import dev.vireo.backup.crypto.KdfParams;
import dev.vireo.backup.crypto.KeyDerivation;
import dev.vireo.backup.crypto.KeyMemory;
import dev.vireo.backup.crypto.MasterKey;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.ManifestCodec;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.pack.PackReaderPool;
import dev.vireo.backup.pack.PackSummary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An opened repository: its config, sealer, layout, lock, recovery points and pack readers.
 * Thread-safe; close it to release cached pack handles.
 */
public final class Repository implements AutoCloseable {
  private static final int OPEN_PACKS = 256;
  private final Path root;
  private final RepositoryConfig config;
  private final Sealer sealer;
  private final PointCatalog points;
  private final PackReaderPool readers;

  private Repository(Path root, RepositoryConfig config, Sealer sealer) {
    this.root = root;
    this.config = config;
    this.sealer = sealer;
    this.points = new PointCatalog(root.resolve(FormatConstants.POINTS_DIR));
    this.readers = new PackReaderPool(root.resolve(FormatConstants.PACKS_DIR), OPEN_PACKS);
  }

  public static Repository init(Path root, InitOptions o) {
    if (Files.exists(root.resolve(FormatConstants.CONFIG_FILE))) {
      throw new BackupException(ErrorCode.REPOSITORY_EXISTS, "repository exists at " + root);
    }
    Sealer.requireNativeCodecs(); // before anything is written
    AtomicFiles.createDirectories(root.resolve(FormatConstants.PACKS_DIR));
    AtomicFiles.createDirectories(root.resolve(FormatConstants.POINTS_DIR));
    AtomicFiles.createDirectories(root.resolve(FormatConstants.PACK_INDEX_DIR));
    byte[] repoId = random(FormatConstants.REPO_ID_SIZE);
    Optional<KdfParams> kdf = Optional.empty();
    Optional<byte[]> wrapped = Optional.empty();
    Optional<MasterKey> key = Optional.empty();
    if (o.passphrase().isPresent()) {
      KdfParams p = new KdfParams(o.kdfMemoryKiB(), o.kdfIterations(), 1, random(16));
      key = Optional.of(MasterKey.generate());
      kdf = Optional.of(p);
      wrapped = Optional.of(key.get().wrap(KeyDerivation.deriveKey(o.passphrase().get(), p)));
    }
    RepositoryConfig c =
        new RepositoryConfig(repoId, o.chunkSize(), o.packTarget(), o.zstdLevel(), kdf, wrapped);
    AtomicFiles.write(root.resolve(FormatConstants.LOCK_FILE), new byte[0]);
    AtomicFiles.write(root.resolve(FormatConstants.CONFIG_FILE), c.encode());
    return new Repository(root, c, new Sealer(key, c.zstdLevel()));
  }

  /** Opens a repository for any work; an encrypted one needs its passphrase. */
  public static Repository open(Path root, Optional<char[]> passphrase) {
    return open(root, passphrase, Sealer.Workload.BULK);
  }

  /**
   * Opens a repository; an encrypted one needs its passphrase. {@code workload} says whether the
   * caller will only read a few records (listing, pruning) or move data (everything else).
   */
  public static Repository open(Path root, Optional<char[]> passphrase, Sealer.Workload workload) {
    return open(root, passphrase, workload, KeyMemory.NONE);
  }

  /**
   * Opens a repository as {@link #open(Path, Optional, Sealer.Workload)} does, taking the
   * passphrase-derived key from {@code keys} where it remembers one for this passphrase, and
   * leaving it there after a successful open.
   */
  public static Repository open(
      Path root, Optional<char[]> passphrase, Sealer.Workload workload, KeyMemory keys) {
    Path cfg = root.resolve(FormatConstants.CONFIG_FILE);
    if (!Files.isRegularFile(cfg)) {
      throw new BackupException(
          ErrorCode.REPOSITORY_NOT_FOUND, "no repository at " + root + " (missing config)");
    }
    RepositoryConfig c =
        RepositoryConfig.decode(AtomicFiles.readAll(cfg, ErrorCode.REPOSITORY_NOT_FOUND));
    Sealer.requireNativeCodecs(); // before the key derivation
    Optional<MasterKey> key = Optional.empty();
    if (c.encrypted()) {
      Sealer.prepareEncryption(workload); // overlaps with the key derivation
      char[] p =
          passphrase.orElseThrow(
              () ->
                  new BackupException(
                      ErrorCode.PASSPHRASE_REQUIRED, "repository " + root + " is encrypted"));
      KdfParams params = c.kdf().get();
      byte[] wrapped = c.wrappedKey().get();
      Optional<byte[]> recalled = keys.recall(p, params);
      if (recalled.isPresent()) {
        byte[] kek = recalled.get();
        try {
          key = Optional.of(MasterKey.unwrap(kek, wrapped));
        } catch (BackupException e) {
          keys.forget(p, params); // the repository's key was re-wrapped: derive it again below
        } finally {
          Arrays.fill(kek, (byte) 0);
        }
      }
      if (key.isEmpty()) {
        byte[] kek = KeyDerivation.deriveKey(p, params);
        try {
          key = Optional.of(MasterKey.unwrap(kek, wrapped));
          keys.remember(p, params, kek);
        } finally {
          Arrays.fill(kek, (byte) 0);
        }
      }
    }
    return new Repository(root, c, new Sealer(key, c.zstdLevel(), workload));
  }

  public Path root() {
    return root;
  }

  public RepositoryConfig config() {
    return config;
  }

  public int chunkSize() {
    return config.chunkSize();
  }

  public Sealer sealer() {
    return sealer;
  }

  public PointCatalog points() {
    return points;
  }

  public Path packsDir() {
    return root.resolve(FormatConstants.PACKS_DIR);
  }

  /** Where pack index files live (format §4.7); absent in repositories made before them. */
  public Path packIndexDir() {
    return root.resolve(FormatConstants.PACK_INDEX_DIR);
  }

  public RepositoryLock lockShared(long waitMillis) {
    return RepositoryLock.acquire(root.resolve(FormatConstants.LOCK_FILE), false, waitMillis);
  }

  public RepositoryLock lockExclusive(long waitMillis) {
    return RepositoryLock.acquire(root.resolve(FormatConstants.LOCK_FILE), true, waitMillis);
  }

  /** The pack catalog, from the pack index where it covers a pack, else from the pack. */
  public PackCatalog loadPacks() {
    return PackCatalog.load(packsDir(), packIndexDir(), sealer, quarantined());
  }

  /** Writes the tables of {@code packs} to new pack index files (format §4.7, §6). */
  public List<Path> writePackIndex(Collection<PackSummary> packs) {
    return PackIndex.write(packIndexDir(), packs, sealer);
  }

  /** Reads one sealed blob from its pack (pack handles are pooled). */
  public byte[] readBlob(ChunkLocation loc) {
    try (PackReaderPool.Lease lease = readers.lease(loc.pack())) {
      return lease.reader().readBlob(loc);
    }
  }

  /**
   * Reads {@code needed} bytes of a pack from {@code pos} into {@code dst} ({@link
   * dev.vireo.backup.pack.PackReader#readSpan}).
   */
  public void readPackSpan(PackId pack, long pos, ByteBuffer dst, int needed) {
    try (PackReaderPool.Lease lease = readers.lease(pack)) {
      lease.reader().readSpan(pos, dst, needed);
    }
  }

  public void forgetPackReader(PackId id) {
    readers.forget(id);
  }

  public Manifest manifest(RecoveryPointId id) {
    points.requireCommitted(id);
    byte[] bytes = AtomicFiles.readAll(points.manifest(id), ErrorCode.POINT_NOT_FOUND);
    return ManifestCodec.decode(bytes, id, sealer);
  }

  /** Committed manifests, oldest first; unreadable ones are skipped (verify reports them). */
  public List<Manifest> manifests() {
    return points.committed().stream()
        .flatMap(id -> tryManifest(id).stream())
        .sorted(Comparator.comparing(Manifest::createdAt).thenComparing(Manifest::pointId))
        .toList();
  }

  public Optional<Manifest> tryManifest(RecoveryPointId id) {
    try {
      return Optional.of(manifest(id));
    } catch (BackupException e) {
      if (e.code() == ErrorCode.WRONG_PASSPHRASE) {
        throw e;
      }
      return Optional.empty();
    }
  }

  /**
   * The newest point of a VM that has the disk and whose metadata is whole. A point damaged only by
   * missing or corrupt chunks qualifies: the backup re-reads those chunks from its source.
   */
  public Optional<Manifest> latest(VmId vm, DiskId disk) {
    // Point ids sort in creation order: read manifests newest first and stop at the first match,
    // so a backup does not decrypt every manifest of a long-lived repository.
    List<RecoveryPointId> ids = points.committed();
    for (int i = ids.size() - 1; i >= 0; i--) {
      Optional<Manifest> m = tryManifest(ids.get(i));
      if (m.isPresent()
          && m.get().vmId().equals(vm)
          && m.get().disk(disk).isPresent()
          && metadataWhole(ids.get(i))) {
        return m;
      }
    }
    return Optional.empty();
  }

  private boolean metadataWhole(RecoveryPointId id) {
    return points.damageReport(id).stream()
        .noneMatch(l -> l.startsWith("index ") || l.startsWith("manifest "));
  }

  /** Stored copies verify found corrupt, as {@link PackCatalog#copyKey} strings. */
  public Set<String> quarantined() {
    Path q = root.resolve(FormatConstants.QUARANTINE_FILE);
    Set<String> out = new HashSet<>();
    try {
      if (Files.exists(q)) {
        for (String line : Files.readAllLines(q, StandardCharsets.UTF_8)) {
          if (line.startsWith("corrupt ")) {
            out.add(line.substring(8).trim());
          }
        }
      }
    } catch (IOException e) {
      throw BackupException.io("read quarantine", e);
    }
    return out;
  }

  public void writeQuarantine(Set<String> copies) {
    Path q = root.resolve(FormatConstants.QUARANTINE_FILE);
    StringBuilder sb = new StringBuilder(FormatConstants.DAMAGED_HEADER).append('\n');
    copies.stream().sorted().forEach(c -> sb.append("corrupt ").append(c).append('\n'));
    AtomicFiles.write(q, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  @Override
  public void close() {
    readers.close();
  }
}
