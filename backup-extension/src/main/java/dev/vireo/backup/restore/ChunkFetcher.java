package dev.vireo.backup.restore;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.repository.Repository;

/** Reads a chunk's plaintext from its pack and checks it against its digest. Thread-safe. */
public final class ChunkFetcher {
  private final Repository repo;
  private final PackCatalog catalog;

  public ChunkFetcher(Repository repo, PackCatalog catalog) {
    this.repo = repo;
    this.catalog = catalog;
  }

  public byte[] fetch(ChunkDigest d) {
    ChunkLocation loc =
        catalog
            .find(d)
            .orElseThrow(
                () ->
                    new BackupException(
                        ErrorCode.MISSING_CHUNK, "chunk " + d.hex() + " is missing"));
    byte[] sealed = repo.readBlob(loc);
    byte[] plain;
    try {
      plain = repo.sealer().openBlob(sealed, d.toBytes(), loc.plainLength());
    } catch (BackupException e) {
      throw new BackupException(
          ErrorCode.CORRUPT_CHUNK,
          "chunk " + d.hex() + " in pack " + loc.pack() + ": " + e.getMessage(),
          e);
    }
    if (!d.matches(plain, plain.length)) {
      throw new BackupException(
          ErrorCode.CORRUPT_CHUNK,
          "chunk " + d.hex() + " in pack " + loc.pack() + ": digest mismatch");
    }
    return plain;
  }
}
