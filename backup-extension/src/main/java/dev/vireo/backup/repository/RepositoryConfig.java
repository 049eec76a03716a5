package dev.vireo.backup.repository;

import dev.vireo.backup.crypto.KdfParams;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.HashedFile;
import dev.vireo.backup.format.RecordReader;
import dev.vireo.backup.format.RecordWriter;
import java.util.Optional;

/** The repository config file (format §4.1). */
public record RepositoryConfig(
    byte[] repoId,
    int chunkSize,
    int packTarget,
    int zstdLevel,
    Optional<KdfParams> kdf,
    Optional<byte[]> wrappedKey) {

  public RepositoryConfig {
    if (Integer.bitCount(chunkSize) != 1
        || chunkSize < FormatConstants.MIN_CHUNK_SIZE
        || chunkSize > FormatConstants.MAX_CHUNK_SIZE) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, "chunk size must be a power of two in 4 KiB..8 MiB");
    }
    if (packTarget < chunkSize || zstdLevel < 1 || zstdLevel > 19) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "bad pack target or zstd level");
    }
    if (kdf.isPresent() != wrappedKey.isPresent()) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "kdf and wrapped key go together");
    }
  }

  public boolean encrypted() {
    return kdf.isPresent();
  }

  public byte[] encode() {
    RecordWriter w = new RecordWriter();
    w.bytes(FormatConstants.CONFIG_MAGIC).u16(FormatConstants.CONFIG_VERSION).bytes(repoId);
    w.u32(chunkSize).u32(packTarget).u8(zstdLevel);
    if (kdf.isEmpty()) {
      w.u8(FormatConstants.ENCRYPTION_NONE);
    } else {
      KdfParams k = kdf.get();
      w.u8(FormatConstants.ENCRYPTION_AES_256_GCM).u8(FormatConstants.KDF_ARGON2ID);
      w.u32(k.memoryKiB()).u32(k.iterations()).u8(k.parallelism()).bytes(k.salt());
      w.u16(wrappedKey.get().length).bytes(wrappedKey.get());
    }
    return HashedFile.withTrailer(w.toByteArray());
  }

  public static RepositoryConfig decode(byte[] file) {
    RecordReader head = new RecordReader(file, ErrorCode.CORRUPT_CONFIG, "config");
    head.expectMagic(FormatConstants.CONFIG_MAGIC);
    head.expectVersion(FormatConstants.CONFIG_VERSION);
    byte[] content = HashedFile.checkTrailer(file, ErrorCode.CORRUPT_CONFIG, "config");
    RecordReader r = new RecordReader(content, ErrorCode.CORRUPT_CONFIG, "config");
    r.bytes(10);
    byte[] repoId = r.bytes(FormatConstants.REPO_ID_SIZE);
    int chunkSize = r.u32AsInt(FormatConstants.MAX_CHUNK_SIZE);
    int packTarget = r.u32AsInt(Integer.MAX_VALUE);
    int level = r.u8();
    int enc = r.u8();
    Optional<KdfParams> kdf = Optional.empty();
    Optional<byte[]> wrapped = Optional.empty();
    if (enc == FormatConstants.ENCRYPTION_AES_256_GCM) {
      if (r.u8() != FormatConstants.KDF_ARGON2ID) {
        throw new BackupException(ErrorCode.UNSUPPORTED_FORMAT, "config: unknown KDF");
      }
      kdf = Optional.of(readKdf(r));
      wrapped = Optional.of(r.bytes(r.u16()));
    } else if (enc != FormatConstants.ENCRYPTION_NONE) {
      throw new BackupException(ErrorCode.UNSUPPORTED_FORMAT, "config: unknown encryption " + enc);
    }
    r.expectEnd();
    try {
      return new RepositoryConfig(repoId, chunkSize, packTarget, level, kdf, wrapped);
    } catch (BackupException e) {
      throw new BackupException(ErrorCode.CORRUPT_CONFIG, "config: " + e.getMessage(), e);
    }
  }

  private static KdfParams readKdf(RecordReader r) {
    int mem = r.u32AsInt(4 * 1024 * 1024);
    int it = r.u32AsInt(1000);
    int par = r.u8();
    byte[] salt = r.bytes(FormatConstants.SALT_SIZE);
    try {
      return new KdfParams(mem, it, par, salt);
    } catch (BackupException e) {
      throw r.fail(e.getMessage());
    }
  }
}
