package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.gc.GarbageCollector;
import dev.vireo.backup.gc.GcReport;
import dev.vireo.backup.manifest.Extent;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.prune.PrunePlan;
import dev.vireo.backup.prune.Pruner;
import dev.vireo.backup.prune.RetentionPolicy;
import dev.vireo.backup.repository.Repository;
import dev.vireo.backup.restore.RestoreEngine;
import dev.vireo.backup.testing.Repos;
import dev.vireo.backup.testing.TestImages;
import dev.vireo.backup.throughput.Progress;
import dev.vireo.backup.verify.Verifier;
import dev.vireo.backup.verify.VerifyReport;
import dev.vireo.backup.verify.VerifyScope;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 30-point chain (fulls every 10th point, incrementals from changed extents in between, with
 * clustered and scattered churn): every point restores byte-identical, the pruned ones before
 * prune, the kept ones after prune and gc.
 */
class ChainRoundTripTest {
  private static final long SIZE = 32L << 20;
  @TempDir Path tmp;

  @Test
  void everyPointOfA30PointChain_restoresByteIdentical_afterPruneAndGc() throws Exception {
    Path img = tmp.resolve("disk.img");
    TestImages.create(img, SIZE, 30);
    Random rnd = new Random(3030);
    Map<RecoveryPointId, String> expected = new LinkedHashMap<>();
    try (Repository repo = Repos.plain(tmp.resolve("repo"))) {
      for (int i = 0; i < 30; i++) {
        Manifest m;
        if (i % 10 == 0) {
          m = Repos.full(repo, Repos.DISK, img);
        } else {
          m = Repos.incremental(repo, Repos.DISK, img, churn(img, i, rnd));
        }
        expected.put(m.pointId(), TestImages.sha256(img));
      }
      List<RecoveryPointId> ids = List.copyOf(expected.keySet());
      PrunePlan plan =
          new Pruner(repo).prune(new RetentionPolicy(18, 0, 0, 0, 0), Instant.now(), true, 0);
      assertThat(plan.remove()).hasSize(12);
      for (RecoveryPointId id : plan.remove()) {
        assertRestores(repo, id, expected.get(id), id.hashCode() % 2 == 0);
      }
      new Pruner(repo).prune(new RetentionPolicy(18, 0, 0, 0, 0), Instant.now(), false, 0);
      GcReport gc = new GarbageCollector(repo, Duration.ZERO, 0.2).collect(false, 0);
      assertThat(gc.packsDeleted() + gc.packsRepacked()).isPositive();
      VerifyReport all = new Verifier(repo, 2, new Progress("v")).verify(VerifyScope.all());
      assertThat(all.clean()).isTrue();
      // every stored copy; with one thread its three 256-chunk batches pass a window of two
      assertThat(all.chunksChecked()).isEqualTo(repo.loadPacks().entryCount()).isGreaterThan(512);
      VerifyReport oneThread = new Verifier(repo, 1, new Progress("v")).verify(VerifyScope.all());
      assertThat(oneThread.clean()).isTrue();
      assertThat(oneThread.bytesChecked()).isEqualTo(all.bytesChecked());
      // a sample is the same selection however many threads check it
      VerifyReport sample =
          new Verifier(repo, 2, new Progress("v")).verify(VerifyScope.sample(0.3, 7));
      assertThat(sample.chunksChecked())
          .isBetween(all.chunksChecked() / 5, all.chunksChecked() / 2);
      assertThat(new Verifier(repo, 1, new Progress("v")).verify(VerifyScope.sample(0.3, 7)))
          .extracting(VerifyReport::chunksChecked, VerifyReport::bytesChecked)
          .containsExactly(sample.chunksChecked(), sample.bytesChecked());
      assertThat(repo.points().committed()).containsExactlyElementsOf(ids.subList(12, 30));
      for (RecoveryPointId id : ids.subList(12, 30)) {
        assertRestores(repo, id, expected.get(id), id.hashCode() % 2 == 0);
      }
    }
  }

  private List<Extent> churn(Path img, int i, Random rnd) throws Exception {
    return i % 2 == 0
        ? TestImages.clusteredChurn(img, 3, 192 * 1024, rnd)
        : TestImages.scatteredChurn(img, 40, rnd);
  }

  private void assertRestores(Repository repo, RecoveryPointId id, String sha, boolean overwrite)
      throws Exception {
    Path out = tmp.resolve(overwrite ? "restore-over.img" : "restore-" + id + ".img");
    new RestoreEngine(repo).restoreToFile(id, Repos.DISK, out);
    assertThat(TestImages.sha256(out)).as("point %s", id).isEqualTo(sha);
    if (!overwrite) {
      java.nio.file.Files.delete(out);
    }
  }
}
