package dev.vireo.server.jobs.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobSpec;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.jobs.domain.LockKeys;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claiming under the dispatch lock, on an in-memory repository. */
class JobTransactionsTest {
  private final InMemoryJobRepository repository = new InMemoryJobRepository();
  private final JobTransactions store = new JobTransactions();

  @BeforeEach
  void wire() {
    store.jobs = repository;
  }

  private Job queue(String type, String... keys) {
    Job j =
        Job.submit(
            new JobSpec(
                type, type, Optional.empty(), JobParameters.empty(), LockKeys.of(keys), List.of()),
            JobOwner.system());
    repository.add(j);
    return j;
  }

  private List<String> claim(int free, int limit) {
    return store.claimNext("node-a", "token-a", Instant.now().plusSeconds(90), free, t -> limit);
  }

  @Test
  void claimNext_takesTheDispatchLockFirst_andClaimsWhatThePlannerAllows() {
    Job a1 = queue("A");
    Job a2 = queue("A");
    Job a3 = queue("A");
    assertThat(claim(8, 2)).containsExactly(a1.id(), a2.id());
    assertThat(repository.dispatchLocks).containsExactly("node-a");
    assertThat(a1.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(a1.claimToken()).contains("token-a");
    assertThat(a3.status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void claimNext_countsJobsAlreadyRunning_againstTheLimit() {
    queue("A");
    queue("A");
    assertThat(claim(8, 1)).hasSize(1);
    assertThat(claim(8, 1)).isEmpty();
  }

  @Test
  void claimNext_leavesAJobQueued_whileAnotherHoldsItsLockKey() {
    Job first = queue("A", "host-group:1");
    Job second = queue("B", "host-group:1");
    assertThat(claim(8, 4)).containsExactly(first.id());
    assertThat(claim(8, 4)).isEmpty();
    first.succeed("");
    assertThat(claim(8, 4)).containsExactly(second.id());
  }

  @Test
  void claimNext_neverClaimsMoreThanTheFreeWorkers() {
    queue("A");
    queue("B");
    queue("C");
    assertThat(claim(2, 4)).hasSize(2);
  }

  @Test
  void anyQueued_seesWaitingJobs() {
    assertThat(store.anyQueued()).isFalse();
    queue("A");
    assertThat(store.anyQueued()).isTrue();
  }
}
