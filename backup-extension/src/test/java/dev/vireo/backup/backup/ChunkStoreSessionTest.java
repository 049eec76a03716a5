package dev.vireo.backup.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.pack.PackCatalog;
import dev.vireo.backup.pack.PackFiles;
import dev.vireo.backup.repository.InitOptions;
import dev.vireo.backup.repository.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkStoreSessionTest {
  @TempDir Path tmp;

  /**
   * Every full pack waiting for its fsync holds its file and 2 MiB of direct write buffers, so the
   * wait list must stay bounded however many workers fill packs at once (it once grew without bound
   * when packs filled faster than the disk synced them, and a backup into small packs died of
   * direct-memory exhaustion).
   */
  @Test
  void fullPacksWaitingToBeFinished_neverExceedTheBound_withManyWorkersFillingPacks()
      throws Exception {
    int chunk = 4096;
    InitOptions o = InitOptions.defaults().withChunkSize(chunk).withPackTarget(chunk);
    try (Repository repo = Repository.init(tmp.resolve("repo"), o)) {
      PackCatalog catalog = repo.loadPacks();
      int workers = 8;
      int perWorker = 150;
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try (ChunkStoreSession s = new ChunkStoreSession(repo, catalog)) {
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
          Random rnd = new Random(w);
          fs.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perWorker; i++) {
                      byte[] data = new byte[chunk];
                      rnd.nextBytes(data);
                      s.store(data, 0, chunk); // one chunk fills a pack: every store rotates
                    }
                  }));
        }
        for (Future<?> f : fs) {
          f.get();
        }
        s.flush();
        assertThat(s.written()).hasSize(workers * perWorker);
        assertThat(s.peakUnfinished()).isBetween(1, ChunkStoreSession.MAX_UNFINISHED);
      } finally {
        pool.shutdownNow();
      }
      assertThat(PackFiles.list(repo.packsDir())).hasSize(workers * perWorker);
    }
  }
}
