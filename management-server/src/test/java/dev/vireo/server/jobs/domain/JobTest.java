package dev.vireo.server.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobTest {
  private static final JobOwner ALICE = new JobOwner("u-1", "alice");

  static Job queued(String... steps) {
    return Job.submit(
        new JobSpec(
            "Test.Job",
            "A test job",
            Optional.of(new JobTarget("host-group", "hg-1", "Lab")),
            JobParameters.of(Map.of("n", 3)),
            LockKeys.of("host-group:hg-1"),
            List.of(steps)),
        ALICE);
  }

  static Job running(String... steps) {
    Job j = queued(steps);
    j.start("node-a", "token-1", Instant.now().plusSeconds(60));
    return j;
  }

  private static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e.errorCode().code();
    }
    return "none";
  }

  @Test
  void submit_createsAQueuedJobWithPendingSteps() {
    Job j = queued("one", "two");
    assertThat(j.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(j.steps()).extracting(JobStep::status).containsOnly(StepStatus.PENDING);
    assertThat(j.steps()).extracting(JobStep::ordinal).containsExactly(1, 2);
    assertThat(j.owner()).isEqualTo(ALICE);
    assertThat(j.target()).contains(new JobTarget("host-group", "hg-1", "Lab"));
    assertThat(j.lockKeys()).isEqualTo(LockKeys.of("host-group:hg-1"));
    assertThat(j.parameters().optionalLong("n")).contains(3L);
    assertThat(j.percentComplete()).isZero();
  }

  @Test
  void start_claimsTheJob_onlyOnce() {
    Job j = running("one");
    assertThat(j.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(j.startedAt()).isPresent();
    assertThat(j.claimedBy()).contains("node-a");
    assertThat(j.claimToken()).contains("token-1");
    assertThat(codeOf(() -> j.start("node-b", "token-2", Instant.now())))
        .isEqualTo("JOB_STATE_INVALID");
  }

  @Test
  void steps_reportProgress_andTheJobPercentFollowsThem() {
    Job j = running("one", "two");
    j.beginStep(1);
    j.reportProgress(50);
    assertThat(j.percentComplete()).isEqualTo(25);
    j.completeStep(1);
    assertThat(j.percentComplete()).isEqualTo(50);
    assertThat(j.lastCompletedStep()).isEqualTo(1);
    j.beginStep(2);
    j.completeStep(2);
    assertThat(j.percentComplete()).isEqualTo(99);
    j.succeed("done");
    assertThat(j.status()).isEqualTo(JobStatus.COMPLETED);
    assertThat(j.percentComplete()).isEqualTo(100);
    assertThat(j.result()).contains("done");
    assertThat(j.endedAt()).isPresent();
    assertThat(j.claimToken()).isEmpty();
  }

  @Test
  void beginStep_refusesAStepThatIsNotPending() {
    Job j = running("one");
    j.beginStep(1);
    j.completeStep(1);
    assertThat(codeOf(() -> j.beginStep(1))).isEqualTo("JOB_STATE_INVALID");
    assertThat(codeOf(() -> j.beginStep(2))).isEqualTo("JOB_STATE_INVALID");
  }

  @Test
  void succeed_marksStepsTheHandlerDidNotNeedAsSkipped() {
    Job j = running("one", "two");
    j.beginStep(1);
    j.completeStep(1);
    j.succeed("");
    assertThat(j.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.COMPLETED, StepStatus.SKIPPED);
    assertThat(j.lastCompletedStep()).isEqualTo(2);
  }

  @Test
  void fail_recordsTheErrorOnTheJobAndItsRunningStep() {
    Job j = running("one", "two");
    j.beginStep(1);
    j.fail("HOST_UNREACHABLE", "Host h1 does not answer; check it and restart the job.");
    assertThat(j.status()).isEqualTo(JobStatus.FAILED);
    assertThat(j.error())
        .contains(
            new JobFailure(
                "HOST_UNREACHABLE", "Host h1 does not answer; check it and restart the job."));
    assertThat(j.steps().get(0).status()).isEqualTo(StepStatus.FAILED);
    assertThat(j.steps().get(0).error()).isPresent();
    assertThat(j.steps().get(1).status()).isEqualTo(StepStatus.PENDING);
  }

  @Test
  void requestCancel_cancelsAQueuedJobAtOnce() {
    Job j = queued("one");
    j.requestCancel();
    assertThat(j.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(j.endedAt()).isPresent();
  }

  @Test
  void requestCancel_onlyFlagsARunningJob_untilTheHandlerStops() {
    Job j = running("one");
    j.beginStep(1);
    j.requestCancel();
    assertThat(j.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(j.cancelRequested()).isTrue();
    j.markCancelled();
    assertThat(j.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(j.steps().get(0).status()).isEqualTo(StepStatus.CANCELLED);
  }

  @Test
  void requestCancel_ofAFinishedJob_isAlreadyFinished() {
    Job j = running("one");
    j.succeed("");
    assertThat(codeOf(j::requestCancel)).isEqualTo("JOB_ALREADY_FINISHED");
  }

  @Test
  void markInterrupted_failsTheJobWithJobInterrupted_andSaysHowToRestart() {
    Job j = running("one", "two");
    j.beginStep(1);
    j.markInterrupted();
    assertThat(j.status()).isEqualTo(JobStatus.FAILED);
    assertThat(j.error()).get().extracting(JobFailure::code).isEqualTo("JOB_INTERRUPTED");
    assertThat(j.error().get().message()).contains("POST /jobs/" + j.id() + "/actions/restart");
  }

  @Test
  void markInterrupted_refusesAJobThatIsNotRunning() {
    assertThat(codeOf(() -> queued("one").markInterrupted())).isEqualTo("JOB_STATE_INVALID");
  }

  @Test
  void restartAs_skipsTheStepsTheOriginalCompleted_andLinksToIt() {
    Job j = running("one", "two", "three");
    j.beginStep(1);
    j.completeStep(1);
    j.beginStep(2);
    j.markInterrupted();
    Job next = j.restartAs(new JobOwner("u-2", "bob"));
    assertThat(next.id()).isNotEqualTo(j.id());
    assertThat(next.restartOf()).contains(j.id());
    assertThat(next.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(next.owner().name()).isEqualTo("bob");
    assertThat(next.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.SKIPPED, StepStatus.PENDING, StepStatus.PENDING);
    assertThat(next.lastCompletedStep()).isEqualTo(1);
    assertThat(next.percentComplete()).isEqualTo(33);
    assertThat(next.parameters()).isEqualTo(j.parameters());
    assertThat(next.lockKeys()).isEqualTo(j.lockKeys());
    assertThat(next.target()).isEqualTo(j.target());
  }

  @Test
  void restartAs_ofARestart_keepsSkippingWhatTheFirstRunDid() {
    Job first = running("one", "two", "three");
    first.beginStep(1);
    first.completeStep(1);
    first.markInterrupted();
    Job second = first.restartAs(ALICE);
    second.start("n", "t", Instant.now());
    second.beginStep(2);
    second.completeStep(2);
    second.beginStep(3);
    second.markInterrupted();
    Job third = second.restartAs(ALICE);
    assertThat(third.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.SKIPPED, StepStatus.SKIPPED, StepStatus.PENDING);
  }

  @Test
  void restartAs_refusesQueuedRunningAndCompletedJobs() {
    assertThat(codeOf(() -> queued("one").restartAs(ALICE))).isEqualTo("JOB_NOT_RESTARTABLE");
    assertThat(codeOf(() -> running("one").restartAs(ALICE))).isEqualTo("JOB_NOT_RESTARTABLE");
    Job done = running("one");
    done.succeed("");
    assertThat(codeOf(() -> done.restartAs(ALICE))).isEqualTo("JOB_NOT_RESTARTABLE");
  }

  @Test
  void restartAs_acceptsACancelledJob() {
    Job j = queued("one");
    j.requestCancel();
    assertThat(j.restartAs(ALICE).status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void spec_refusesMissingTypeAndName() {
    assertThatThrownBy(
            () ->
                new JobSpec(
                    " ", "", Optional.empty(), JobParameters.empty(), LockKeys.none(), List.of()))
        .isInstanceOf(DomainException.class)
        .satisfies(e -> assertThat(((DomainException) e).fieldErrors()).hasSize(2));
  }
}
