package dev.vireo.backup.restore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.backup.BackupEngine;
import dev.vireo.backup.backup.BackupOptions;
import dev.vireo.backup.backup.BackupRequest;
import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.nativeio.AlignedBuffers;
import dev.vireo.backup.pack.ChunkLocation;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.pack.PackId;
import dev.vireo.backup.repository.InitOptions;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.source.DiskSource;
import dev.vireo.backup.source.SparseImageSource;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Restore in runs: grouping, the direct and buffered write paths, and damage inside a run. */
class RunRestoreTest {
  /** Not a multiple of any chunk size or of the direct-I/O alignment: the last chunk is short. */
  private static final long SIZE = (6L << 20) + 1000;

  @TempDir Path tmp;

  private Repository repo(boolean encrypted, int chunkSize, int packTarget) {
    InitOptions o = InitOptions.defaults().withChunkSize(chunkSize).withPackTarget(packTarget);
    if (encrypted) {
      o = o.withPassphrase("pw".toCharArray()).withKdf(64, 1);
    }
    Repository.init(tmp.resolve("repo"), o).close();
    return Repository.open(
        tmp.resolve("repo"), encrypted ? Optional.of("pw".toCharArray()) : Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void smallChunksAcrossManyPacks_withShortLastChunk_restoreByteIdenticalToFileAndStream(
      boolean encrypted) throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 11);
    try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
      TestImages.writeRandom(f, SIZE - 3000, 3000, new Random(3)); // data in the short chunk
    }
    // 4 KiB chunks: a run holds up to 256 of them; 64 KiB packs: runs break at pack ends
    try (Repository repo = repo(encrypted, 4096, 64 << 10)) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      Path fresh = tmp.resolve("fresh.img");
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, fresh);
      assertThat(TestImages.sha256(fresh)).isEqualTo(TestImages.sha256(img));

      Path old = tmp.resolve("old.img");
      try (RandomAccessFile f = new RandomAccessFile(old.toFile(), "rw")) {
        TestImages.writeRandom(f, 0, SIZE + (1 << 20), new Random(4)); // longer, all data
      }
      new RestoreEngine(repo).restoreToFile(m.pointId(), Repos.DISK, old);
      assertThat(Files.size(old)).isEqualTo(SIZE);
      assertThat(TestImages.sha256(old)).isEqualTo(TestImages.sha256(img));

      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      new RestoreEngine(repo, 3, new Progress("restore"))
          .restoreToStream(m.pointId(), Repos.DISK, stream);
      assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(img));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void flippedByteInsideARun_failsWithCorruptChunkNamingChunkAndPack(boolean encrypted)
      throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 12);
    try (Repository repo = repo(encrypted, 64 << 10, 4 << 20)) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      PackId victim = PackFiles.list(repo.packsDir()).get(0);
      Path pack = PackFiles.path(repo.packsDir(), victim);
      flipByte(pack, Files.size(pack) / 3); // among the blobs, away from the table
      assertThat(Repos.restoreFails(repo, m, Repos.DISK, out(), ErrorCode.CORRUPT_CHUNK))
          .hasMessageMatching("chunk [0-9a-f]{64} in pack " + victim + ": .+");
    }
  }

  @Test
  void moreDisksThanRunPlaces_restoreInParallelAndOneThreadStreamsADisk() throws Exception {
    List<Path> images = new ArrayList<>();
    List<DiskSource> sources = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Path img = tmp.resolve("d" + i + ".img");
      TestImages.create(img, (2L << 20) + 4096L * i, 50 + i);
      images.add(img);
      sources.add(new SparseImageSource(new DiskId("d" + i), img));
    }
    // one worker: four run places shared by five disks, each with 4 KiB chunks in many runs
    Progress progress = new Progress("restore");
    try (Repository repo = repo(true, 4096, 64 << 10)) {
      Manifest m =
          new BackupEngine(repo, BackupOptions.defaults())
              .backup(new BackupRequest(Repos.VM, PointKind.FULL, sources));
      List<Path> out =
          new RestoreEngine(repo, 1, progress).restoreAll(m.pointId(), tmp.resolve("all"), 5);
      for (int i = 0; i < 5; i++) {
        assertThat(TestImages.sha256(out.get(i))).isEqualTo(TestImages.sha256(images.get(i)));
      }
      assertThat(progress.done()).isEqualTo(progress.total());
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      new RestoreEngine(repo, 1, new Progress("restore"))
          .restoreToStream(m.pointId(), new DiskId("d3"), stream);
      assertThat(stream.toByteArray()).isEqualTo(Files.readAllBytes(images.get(3)));
    } finally {
      sources.forEach(DiskSource::close);
    }
  }

  @Test
  void packCutShortBehindItsIndex_failsWithCorruptChunk() throws Exception {
    Path img = tmp.resolve("a.img");
    TestImages.create(img, SIZE, 13);
    try (Repository repo = repo(false, 64 << 10, 4 << 20)) {
      Manifest m = Repos.full(repo, Repos.DISK, img);
      Path pack = PackFiles.path(repo.packsDir(), PackFiles.list(repo.packsDir()).get(0));
      try (RandomAccessFile f = new RandomAccessFile(pack.toFile(), "rw")) {
        f.setLength(f.length() / 2); // the pack index still lists the chunks of the lost half
      }
      assertThat(Repos.restoreFails(repo, m, Repos.DISK, out(), ErrorCode.CORRUPT_CHUNK))
          .hasMessageContaining("truncated");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void fileTarget_directAndBufferedWritesGiveTheSameFile(boolean direct) throws Exception {
    Path expected = tmp.resolve("expected.img");
    Path out = tmp.resolve("out.img");
    long size = (4L << 20) + 123; // the tail: 64 KiB direct from an aligned offset, 123 bytes not
    Random rnd = new Random(5);
    byte[] a = new byte[1 << 20];
    byte[] tail = new byte[(1 << 16) + 123];
    rnd.nextBytes(a);
    rnd.nextBytes(tail);
    try (RandomAccessFile f = new RandomAccessFile(expected.toFile(), "rw")) {
      f.setLength(size);
      f.seek(2L << 20);
      f.write(a);
      f.seek(size - tail.length);
      f.write(tail);
    }
    try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
      TestImages.writeRandom(f, 0, size, new Random(6)); // old contents everywhere
    }
    try (FileTarget t = new FileTarget(out, size, direct)) {
      t.write(size - tail.length, aligned(tail)); // positional: any order
      t.write(2L << 20, aligned(a));
      t.zeros(0, 2L << 20);
      t.zeros(3L << 20, size - tail.length - (3L << 20));
      t.finish();
    }
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(expected));
  }

  @Test
  void runReadsDenseStretchesOfOnePackAsOneSegmentAndOpensSegmentsForOtherPacks() {
    PackId p = PackId.random();
    PackId q = PackId.random();
    int cs = 64 << 10;
    int maxPlain = 4 * cs;
    long maxSpan = 1 << 20;
    ChunkRun run = new ChunkRun(0, 4);
    run.add(digest(1), new ChunkLocation(p, 1000, 30_000, cs));
    ChunkLocation before = new ChunkLocation(p, 0, 1000, cs); // stored out of disk order
    assertThat(run.accepts(before, cs, maxPlain, maxSpan)).isTrue();
    run.add(digest(2), before);
    assertThat(run.segments).as("same pack, dense: one region").isEqualTo(1);
    assertThat(run.spanBytes).isEqualTo(31_000);

    run.add(digest(3), new ChunkLocation(q, 500_000, 30_000, cs)); // a newer pack
    run.add(digest(4), new ChunkLocation(q, 900_000, 30_000, cs)); // same pack, far away
    assertThat(run.segments).as("another pack; a sparse stretch of it").isEqualTo(3);
    assertThat(run.segmentPack).startsWith(p, q, q);
    assertThat(run.segmentOf).containsExactly(0, 0, 1, 2);
    assertThat(run.spanBytes).isEqualTo(91_000);
    assertThat(run.plainBytes).isEqualTo(4 * cs);
    assertThat(run.accepts(new ChunkLocation(q, 930_000, 30_000, cs), cs, maxPlain, maxSpan))
        .as("run full")
        .isFalse();

    ChunkRun big = new ChunkRun(0, 4);
    big.add(digest(5), new ChunkLocation(p, 0, 700_000, cs));
    assertThat(big.accepts(new ChunkLocation(q, 0, 400_000, cs), cs, maxPlain, maxSpan))
        .as("beyond the most a run reads")
        .isFalse();
  }

  private Path out() {
    return tmp.resolve("out.img");
  }

  private static ChunkDigest digest(int n) {
    byte[] b = new byte[32];
    b[0] = (byte) n;
    return ChunkDigest.of(b);
  }

  private static ByteBuffer aligned(byte[] data) {
    ByteBuffer b =
        ByteBuffer.allocateDirect(data.length + 2 * AlignedBuffers.ALIGN)
            .alignedSlice(AlignedBuffers.ALIGN);
    b.put(data).flip();
    return b;
  }

  private static void flipByte(Path file, long at) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int v = f.read();
      f.seek(at);
      f.write(v ^ 0x40);
    }
  }
}
