package dev.vireo.server.jobs.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.application.JobHandlerRegistry;
import dev.vireo.server.jobs.application.internal.JobRunner.Outcome;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobFailure;
import dev.vireo.server.jobs.domain.JobOwner;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobSpec;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.jobs.domain.JobStep;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.StepStatus;
import dev.vireo.server.security.application.AccessScopeResolver;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.application.UserPrincipal;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner, the execution context and a handler together, on an in-memory repository. */
class JobRunnerTest {
  private static final List<String> STEPS = List.of("first", "second", "third");
  private final InMemoryJobRepository repository = new InMemoryJobRepository();
  private final List<String> ran = new ArrayList<>();
  private final List<String> seenAs = new ArrayList<>();
  private final JobRunner runner = new JobRunner();
  private final CallerContext caller = new CallerContext();
  private Behaviour behaviour = (ctx, step) -> {};

  interface Behaviour {
    void atStep(JobExecution ctx, String step) throws Exception;
  }

  private final class TestHandler implements JobHandler {
    @Override
    public String type() {
      return "Test.Steps";
    }

    @Override
    public void validate(JobParameters p, Optional<JobTarget> t, AccessScope c) {}

    @Override
    public String describe(JobParameters p, Optional<JobTarget> t) {
      return "Test";
    }

    @Override
    public List<String> steps(JobParameters p) {
      return STEPS;
    }

    @Override
    public void execute(JobExecution ctx) throws Exception {
      for (String s : STEPS) {
        ctx.step(
            s,
            () -> {
              ran.add(s);
              seenAs.add(caller.name());
              behaviour.atStep(ctx, s);
            });
      }
      ctx.result("ran " + ran);
    }
  }

  @BeforeEach
  void wire() {
    JobTransactions store = new JobTransactions();
    store.jobs = repository;
    runner.store = store;
    runner.handlers = new JobHandlerRegistry(List.of(new TestHandler()));
    runner.caller = caller;
    runner.scopes =
        new AccessScopeResolver() {
          @Override
          public AccessScope scopeOf(UserPrincipal user) {
            return AccessScope.unrestricted(user.userId(), user.name());
          }
        };
  }

  private Job claimedJob() {
    Job job =
        Job.submit(
            new JobSpec(
                "Test.Steps",
                "Test",
                Optional.empty(),
                JobParameters.empty(),
                dev.vireo.server.jobs.domain.LockKeys.none(),
                STEPS),
            new JobOwner("u-1", "alice"));
    repository.add(job);
    job.start("node", "token", Instant.now().plusSeconds(60));
    return job;
  }

  private Outcome run(Job job, RunningJob handle) {
    return runner.run(job.id(), handle, () -> false);
  }

  @Test
  void run_executesEveryStepAsTheOwner_andCompletesTheJob() {
    Job job = claimedJob();
    assertThat(run(job, new RunningJob(job.id()))).isEqualTo(Outcome.COMPLETED);
    assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
    assertThat(job.steps()).extracting(JobStep::status).containsOnly(StepStatus.COMPLETED);
    assertThat(job.percentComplete()).isEqualTo(100);
    assertThat(job.result()).contains("ran [first, second, third]");
    assertThat(seenAs).containsOnly("alice");
  }

  @Test
  void progress_isRecordedOnTheRunningStep() {
    behaviour =
        (ctx, step) -> {
          if (step.equals("second")) {
            ctx.progress(40);
            assertThat(repository.jobs.values().iterator().next().steps().get(1).percentComplete())
                .isEqualTo(40);
          }
        };
    Job job = claimedJob();
    assertThat(run(job, new RunningJob(job.id()))).isEqualTo(Outcome.COMPLETED);
  }

  @Test
  void aRestartedJob_skipsTheStepsTheOriginalCompleted() {
    Job original = claimedJob();
    original.beginStep(1);
    original.completeStep(1);
    original.beginStep(2);
    original.markInterrupted();
    Job restarted = original.restartAs(new JobOwner("u-1", "alice"));
    repository.add(restarted);
    restarted.start("node", "token-2", Instant.now().plusSeconds(60));
    Set<String>[] inherited = new Set[1];
    behaviour = (ctx, step) -> inherited[0] = ctx.completedSteps();
    assertThat(run(restarted, new RunningJob(restarted.id()))).isEqualTo(Outcome.COMPLETED);
    assertThat(ran).containsExactly("second", "third");
    assertThat(inherited[0]).containsExactly("first");
    assertThat(restarted.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.SKIPPED, StepStatus.COMPLETED, StepStatus.COMPLETED);
  }

  @Test
  void aCancelRequest_letsTheRunningStepFinish_andStopsTheJobAtTheNextStep() {
    Job job = claimedJob();
    RunningJob handle = new RunningJob(job.id());
    behaviour =
        (ctx, step) -> {
          if (step.equals("first")) {
            handle.requestCancel();
          }
        };
    assertThat(run(job, handle)).isEqualTo(Outcome.CANCELLED);
    assertThat(ran).containsExactly("first");
    assertThat(job.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(job.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.COMPLETED, StepStatus.PENDING, StepStatus.PENDING);
    assertThat(job.lastCompletedStep()).isEqualTo(1);
  }

  @Test
  void aDomainError_failsTheJobWithItsCodeAndMessage() {
    behaviour =
        (ctx, step) -> {
          if (step.equals("second")) {
            throw new DomainException(CommonError.FORBIDDEN, "Not yours; ask an administrator.");
          }
        };
    Job job = claimedJob();
    assertThat(run(job, new RunningJob(job.id()))).isEqualTo(Outcome.FAILED);
    assertThat(job.error())
        .contains(new JobFailure("FORBIDDEN", "Not yours; ask an administrator."));
    assertThat(job.steps())
        .extracting(JobStep::status)
        .containsExactly(StepStatus.COMPLETED, StepStatus.FAILED, StepStatus.PENDING);
    assertThat(job.lastCompletedStep()).isEqualTo(1);
  }

  @Test
  void anUnexpectedError_failsTheJobWithAnIncidentId_notTheExceptionText() {
    behaviour =
        (ctx, step) -> {
          throw new IllegalStateException("secret internal detail");
        };
    Job job = claimedJob();
    assertThat(run(job, new RunningJob(job.id()))).isEqualTo(Outcome.FAILED);
    assertThat(job.error().get().code()).isEqualTo("JOB_FAILED_UNEXPECTEDLY");
    assertThat(job.error().get().message()).contains("incident").doesNotContain("secret");
  }

  @Test
  void whenTheServerStops_theJobIsLeftRunning_forRecoveryToMarkInterrupted() {
    behaviour =
        (ctx, step) -> {
          throw new InterruptedException();
        };
    Job job = claimedJob();
    assertThat(runner.run(job.id(), new RunningJob(job.id()), () -> true))
        .isEqualTo(Outcome.ABANDONED);
    assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
    List<Job> interrupted = runner.store.interruptLeftBehind("node", "a-new-process");
    assertThat(interrupted).containsExactly(job);
    assertThat(job.error().get().code()).isEqualTo("JOB_INTERRUPTED");
  }

  @Test
  void recovery_leavesJobsOfTheCurrentProcessAndOfOtherNodesAlone() {
    Job mine = claimedJob();
    assertThat(runner.store.interruptLeftBehind("node", "token")).isEmpty();
    assertThat(runner.store.interruptLeftBehind("other-node", "x")).isEmpty();
    assertThat(mine.status()).isEqualTo(JobStatus.RUNNING);
  }

  @Test
  void anUnknownJobType_failsTheJob() {
    Job job =
        Job.submit(
            new JobSpec(
                "Gone.Type",
                "Old",
                Optional.empty(),
                JobParameters.empty(),
                dev.vireo.server.jobs.domain.LockKeys.none(),
                List.of()),
            JobOwner.system());
    repository.add(job);
    job.start("node", "token", Instant.now());
    assertThat(run(job, new RunningJob(job.id()))).isEqualTo(Outcome.FAILED);
    assertThat(job.error().get().code()).isEqualTo("JOB_TYPE_UNKNOWN");
  }
}
