package dev.vireo.backup.repository;

import dev.vireo.backup.format.FormatConstants;
import java.util.Optional;

/** Choices made once, when a repository is created. */
public record InitOptions(
    int chunkSize,
    int packTarget,
    int zstdLevel,
    Optional<char[]> passphrase,
    int kdfMemoryKiB,
    int kdfIterations) {

  public static InitOptions defaults() {
    return new InitOptions(
        FormatConstants.DEFAULT_CHUNK_SIZE,
        FormatConstants.DEFAULT_PACK_TARGET,
        FormatConstants.DEFAULT_ZSTD_LEVEL,
        Optional.empty(),
        FormatConstants.DEFAULT_KDF_MEMORY_KIB,
        FormatConstants.DEFAULT_KDF_ITERATIONS);
  }

  public InitOptions withPassphrase(char[] p) {
    return new InitOptions(
        chunkSize, packTarget, zstdLevel, Optional.of(p), kdfMemoryKiB, kdfIterations);
  }

  public InitOptions withChunkSize(int size) {
    return new InitOptions(size, packTarget, zstdLevel, passphrase, kdfMemoryKiB, kdfIterations);
  }

  public InitOptions withPackTarget(int bytes) {
    return new InitOptions(chunkSize, bytes, zstdLevel, passphrase, kdfMemoryKiB, kdfIterations);
  }

  public InitOptions withZstdLevel(int level) {
    return new InitOptions(chunkSize, packTarget, level, passphrase, kdfMemoryKiB, kdfIterations);
  }

  public InitOptions withKdf(int memoryKiB, int iterations) {
    return new InitOptions(chunkSize, packTarget, zstdLevel, passphrase, memoryKiB, iterations);
  }
}
