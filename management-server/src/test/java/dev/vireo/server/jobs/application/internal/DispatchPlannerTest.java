package dev.vireo.server.jobs.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.jobs.application.internal.DispatchPlanner.Candidate;
import dev.vireo.server.jobs.domain.LockKeys;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class DispatchPlannerTest {
  private static final ToIntFunction<String> FOUR_EACH = t -> 4;

  private static Candidate job(String id, String type, String... keys) {
    return new Candidate(id, type, LockKeys.of(keys));
  }

  @Test
  void startsQueuedJobsInQueueOrder_upToTheFreeWorkers() {
    List<Candidate> queued = List.of(job("1", "A"), job("2", "A"), job("3", "B"));
    assertThat(DispatchPlanner.plan(queued, List.of(), FOUR_EACH, 2)).containsExactly("1", "2");
    assertThat(DispatchPlanner.plan(queued, List.of(), FOUR_EACH, 0)).isEmpty();
  }

  @Test
  void keepsEachTypeWithinItsConcurrencyLimit_countingJobsRunningOnAllNodes() {
    Map<String, Integer> limits = Map.of("A", 2, "B", 1);
    List<Candidate> running = List.of(job("r1", "A"));
    List<Candidate> queued = List.of(job("1", "A"), job("2", "A"), job("3", "B"), job("4", "B"));
    assertThat(DispatchPlanner.plan(queued, running, limits::get, 8)).containsExactly("1", "3");
  }

  @Test
  void aLimitBelowOne_stillLetsOneJobRun() {
    assertThat(DispatchPlanner.plan(List.of(job("1", "A"), job("2", "A")), List.of(), t -> 0, 8))
        .containsExactly("1");
  }

  @Test
  void aJobWaits_whileARunningJobHoldsAnOverlappingLockKey() {
    List<Candidate> running = List.of(job("r1", "A", "host-group:1"));
    List<Candidate> queued =
        List.of(job("1", "B", "host-group:1", "host:9"), job("2", "B", "host-group:2"));
    assertThat(DispatchPlanner.plan(queued, running, FOUR_EACH, 8)).containsExactly("2");
  }

  @Test
  void twoQueuedJobsWithTheSameKey_neverStartTogether() {
    List<Candidate> queued = List.of(job("1", "A", "k"), job("2", "B", "k"));
    assertThat(DispatchPlanner.plan(queued, List.of(), FOUR_EACH, 8)).containsExactly("1");
  }

  @Test
  void aLaterJob_neverOvertakesAWaitingEarlierJobOnTheSameKey() {
    Map<String, Integer> limits = Map.of("A", 1, "B", 4);
    List<Candidate> running = List.of(job("r1", "A"));
    // 1 waits for its type's limit; 2 shares its key and must not start before it.
    List<Candidate> queued = List.of(job("1", "A", "k"), job("2", "B", "k"), job("3", "B", "m"));
    assertThat(DispatchPlanner.plan(queued, running, limits::get, 8)).containsExactly("3");
  }

  @Test
  void jobsWithoutLockKeys_runSideBySide() {
    List<Candidate> queued = List.of(job("1", "A"), job("2", "A"), job("3", "A"));
    assertThat(DispatchPlanner.plan(queued, List.of(job("r", "A")), FOUR_EACH, 8))
        .containsExactly("1", "2", "3");
  }
}
