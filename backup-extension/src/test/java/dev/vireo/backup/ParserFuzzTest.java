package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.HashedFile;
import dev.vireo.backup.index.DiskIndexReader;
import dev.vireo.backup.index.DiskIndexWriter;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.DiskRecord;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.ManifestCodec;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.pack.PackEntry;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.pack.PackIndex;
import dev.vireo.backup.pack.PackSummary;
import dev.vireo.backup.repository.RepositoryConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the index, manifest and config parsers: any mutated input either
 * parses or fails with a format error code, never with another exception.
 */
class ParserFuzzTest {
  private static final Set<ErrorCode> FORMAT_ERRORS =
      EnumSet.of(
          ErrorCode.CORRUPT_INDEX,
          ErrorCode.CORRUPT_MANIFEST,
          ErrorCode.CORRUPT_CONFIG,
          ErrorCode.CORRUPT_PACK_INDEX,
          ErrorCode.UNSUPPORTED_FORMAT);
  private static final int ROUNDS = 3000;
  private final Sealer sealer = new Sealer(Optional.empty(), 3);
  @TempDir Path tmp;

  @Test
  void indexParser_failsOnlyWithFormatErrors() throws Exception {
    Path f = tmp.resolve("d.idx");
    DiskId disk = new DiskId("d");
    long size = 5000L * 4096;
    try (DiskIndexWriter w = new DiskIndexWriter(f, disk, size, 4096, sealer)) {
      Random r = new Random(1);
      for (int i = 0; i < 5000; i++) {
        byte[] d = new byte[32];
        r.nextBytes(d);
        w.add(i % 3 == 0 ? ChunkDigest.ZERO : ChunkDigest.of(d));
      }
      w.finish();
    }
    byte[] good = Files.readAllBytes(f);
    assertThat(DiskIndexReader.parse(good, sealer).verifyAll()).hasSize(32);
    int failures = fuzz(good, 7, b -> DiskIndexReader.parse(b, sealer).verifyAll());
    assertThat(failures).isGreaterThan(ROUNDS / 2);
  }

  @Test
  void manifestParser_failsOnlyWithFormatErrors() {
    RecoveryPointId id = RecoveryPointId.create(Instant.now());
    DiskRecord d =
        new DiskRecord(
            new DiskId("disk0"),
            1 << 30,
            65536,
            new byte[32],
            10,
            5,
            1,
            List.of(new Extent(0, 65536), new Extent(1 << 20, 1 << 16)));
    Manifest m =
        new Manifest(
            id,
            new VmId("vm"),
            Instant.ofEpochMilli(1_790_000_000_000L),
            PointKind.INCREMENTAL,
            Optional.of(RecoveryPointId.create(Instant.now())),
            List.of(d));
    byte[] good = ManifestCodec.encode(m, sealer);
    assertThat(ManifestCodec.decode(good, id, sealer)).usingRecursiveComparison().isEqualTo(m);
    int failures = fuzz(good, 8, b -> ManifestCodec.decode(b, id, sealer));
    assertThat(failures).isGreaterThan(ROUNDS / 2);
  }

  @Test
  void configParser_failsOnlyWithFormatErrors() {
    RepositoryConfig c =
        new RepositoryConfig(new byte[16], 65536, 1 << 24, 3, Optional.empty(), Optional.empty());
    byte[] good = c.encode();
    assertThat(RepositoryConfig.decode(good).chunkSize()).isEqualTo(65536);
    int failures = fuzz(good, 9, RepositoryConfig::decode);
    assertThat(failures).isGreaterThan(ROUNDS / 2);
  }

  @Test
  void packIndexParser_failsOnlyWithFormatErrors_evenBehindAValidChecksum() {
    Random r = new Random(5);
    List<PackSummary> packs = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      List<PackEntry> entries = new ArrayList<>();
      long off = FormatConstants.PACK_HEADER_SIZE;
      for (int i = 0; i < 20; i++) {
        byte[] d = new byte[32];
        r.nextBytes(d);
        entries.add(new PackEntry(ChunkDigest.of(d), off, 1000, 4096));
        off += 1000;
      }
      packs.add(new PackSummary(PackId.random(), off, entries));
    }
    Path dir = tmp.resolve("index");
    List<Path> files = PackIndex.write(dir, packs, sealer);
    assertThat(files).hasSize(1);
    byte[] good = readAll(files.get(0));
    assertThat(PackIndex.parse(good, "fuzz", sealer, id -> true)).isEqualTo(packs);
    // Half the mutants get a correct SHA-256 trailer, so the structure behind it is fuzzed too.
    Random rehash = new Random(6);
    int failures =
        fuzz(
            good,
            10,
            b -> {
              byte[] m = b;
              if (rehash.nextBoolean() && b.length > 32) {
                m = HashedFile.withTrailer(Arrays.copyOf(b, b.length - 32));
              }
              return PackIndex.parse(m, "fuzz", sealer, id -> true);
            });
    assertThat(failures).isGreaterThan(ROUNDS / 2);
  }

  private static byte[] readAll(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  interface Parser {
    Object parse(byte[] b);
  }

  /** Returns how many mutants were rejected; fails the test on any non-format exception. */
  private static int fuzz(byte[] good, long seed, Parser p) {
    Random r = new Random(seed);
    int rejected = 0;
    for (int i = 0; i < ROUNDS; i++) {
      byte[] b = mutate(good, r);
      try {
        p.parse(b);
      } catch (BackupException e) {
        assertThat(FORMAT_ERRORS).as("round %d: %s", i, e).contains(e.code());
        rejected++;
      }
    }
    return rejected;
  }

  private static byte[] mutate(byte[] in, Random r) {
    byte[] b = in.clone();
    switch (r.nextInt(5)) {
      case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
      case 1 -> b = Arrays.copyOf(b, r.nextInt(b.length));
      case 2 -> {
        for (int k = 0; k < 8; k++) {
          b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
      }
      case 3 -> {
        int at = r.nextInt(Math.min(b.length, 64));
        b[at] = (byte) 0xff;
      }
      default -> {
        byte[] extra = new byte[r.nextInt(64) + 1];
        r.nextBytes(extra);
        byte[] c = Arrays.copyOf(b, b.length + extra.length);
        System.arraycopy(extra, 0, c, b.length, extra.length);
        b = c;
      }
    }
    return b;
  }
}
