package dev.vireo.server.jobs.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.jobs.application.internal.InMemoryJobRepository;
import dev.vireo.server.jobs.application.internal.JobTransactions;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobQuery;
import dev.vireo.server.jobs.domain.JobStatus;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.PageRequest;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submitting, visibility, cancel and restart, on an in-memory repository. */
class JobServiceTest {
  private static final AccessScope ADMIN = AccessScope.unrestricted("admin-id", "administrator");
  private static final AccessScope ALICE =
      new AccessScope("alice-id", "alice", false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  private static final AccessScope BOB =
      new AccessScope("bob-id", "bob", false, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  private final InMemoryJobRepository repository = new InMemoryJobRepository();
  private final List<Object> fired = new ArrayList<>();
  private final JobService service = new JobService();
  private final CallerContext caller = new CallerContext();

  /** A handler that refuses {@code fail=true}, is submittable on its own only when asked. */
  private static final class Handler implements JobHandler {
    private final String type;
    private final boolean submittable;

    Handler(String type, boolean submittable) {
      this.type = type;
      this.submittable = submittable;
    }

    @Override
    public String type() {
      return type;
    }

    @Override
    public boolean directlySubmittable() {
      return submittable;
    }

    @Override
    public void validate(JobParameters p, Optional<JobTarget> t, AccessScope c) {
      if (p.optionalBoolean("fail").orElse(false)) {
        throw new DomainException(CommonError.VALIDATION_FAILED, "refused");
      }
      if (!c.administrator() && p.optionalBoolean("adminOnly").orElse(false)) {
        throw new DomainException(CommonError.FORBIDDEN, "administrators only");
      }
    }

    @Override
    public String describe(JobParameters p, Optional<JobTarget> t) {
      return "Job of " + type;
    }

    @Override
    public List<String> steps(JobParameters p) {
      return List.of("one", "two");
    }

    @Override
    public void execute(JobExecution job) {}
  }

  private final class RecordingEvent<T> implements Event<T> {
    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void wire() {
    JobTransactions store = repository.transactions();
    service.jobs = repository;
    service.handlers =
        new JobHandlerRegistry(List.of(new Handler("Open", true), new Handler("Owned", false)));
    service.caller = caller;
    service.submitted = new RecordingEvent<>();
    service.cancelled = new RecordingEvent<>();
    service.store = store;
    // No fabric here: jobs have no anchor, so only ownership decides who sees them.
    service.scopes =
        new JobScopes() {
          @Override
          public dev.vireo.server.jobs.domain.JobAnchor anchorOf(
              java.util.Optional<dev.vireo.server.jobs.domain.JobTarget> target,
              dev.vireo.server.jobs.domain.JobParameters parameters) {
            return dev.vireo.server.jobs.domain.JobAnchor.none();
          }

          @Override
          public dev.vireo.server.jobs.domain.JobVisibility visibilityOf(
              dev.vireo.server.security.domain.AccessScope scope) {
            return dev.vireo.server.jobs.domain.JobVisibility.ownOnly(scope.userId());
          }
        };
  }

  private <T> T as(AccessScope who, Callable<T> work) {
    try {
      return caller.runAs(who, work);
    } catch (DomainException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String codeOf(AccessScope who, Callable<?> work) {
    try {
      as(who, work);
      return "none";
    } catch (DomainException e) {
      return e.errorCode().code();
    }
  }

  private Job submit(AccessScope who, String type, Map<String, Object> params) {
    return as(who, () -> service.submit(type, JobParameters.of(params), Optional.empty()));
  }

  @Test
  void submit_storesAQueuedJobOwnedByTheCaller_andAnnouncesIt() {
    Job job = submit(ALICE, "Owned", Map.of());
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(job.owner().name()).isEqualTo("alice");
    assertThat(job.name()).isEqualTo("Job of Owned");
    assertThat(job.stepNames()).containsExactly("one", "two");
    assertThat(repository.jobs).containsKey(job.id());
    assertThat(fired).containsExactly(new JobSubmitted(job.id()));
  }

  @Test
  void submit_thatFailsValidation_storesNothing() {
    assertThat(codeOf(ALICE, () -> submit(ALICE, "Owned", Map.of("fail", true))))
        .isEqualTo("VALIDATION_FAILED");
    assertThat(codeOf(ALICE, () -> submit(ALICE, "Nope", Map.of()))).isEqualTo("JOB_TYPE_UNKNOWN");
    assertThat(repository.jobs).isEmpty();
    assertThat(fired).isEmpty();
  }

  @Test
  void submitDirectly_refusesTypesThatBelongToAnObjectsAction() {
    assertThat(
            codeOf(
                ADMIN,
                () -> service.submitDirectly("Owned", JobParameters.empty(), Optional.empty())))
        .isEqualTo("JOB_TYPE_NOT_SUBMITTABLE");
    assertThat(
            as(ADMIN, () -> service.submitDirectly("Open", JobParameters.empty(), Optional.empty()))
                .type())
        .isEqualTo("Open");
  }

  @Test
  void usersSeeTheirOwnJobs_administratorsSeeAll() {
    Job alices = submit(ALICE, "Owned", Map.of());
    submit(BOB, "Owned", Map.of());
    assertThat(as(ALICE, () -> service.get(alices.id()))).isSameAs(alices);
    assertThat(codeOf(BOB, () -> service.get(alices.id()))).isEqualTo("JOB_NOT_FOUND");
    assertThat(as(ADMIN, () -> service.get(alices.id()))).isSameAs(alices);
    PageRequest page = new PageRequest(0, 10, List.of());
    assertThat(as(ALICE, () -> service.history(JobQuery.all(), page)).items())
        .containsExactly(alices);
    assertThat(as(ADMIN, () -> service.history(JobQuery.all(), page)).total()).isEqualTo(2);
  }

  @Test
  void cancel_ofAnotherUsersJob_isNotFound_andChangesNothing() {
    Job alices = submit(ALICE, "Owned", Map.of());
    assertThat(codeOf(BOB, () -> service.cancel(alices.id()))).isEqualTo("JOB_NOT_FOUND");
    assertThat(alices.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(as(ALICE, () -> service.cancel(alices.id())).status())
        .isEqualTo(JobStatus.CANCELLED);
    assertThat(fired).contains(new JobCancelRequested(alices.id()));
  }

  @Test
  void restart_revalidatesAsTheRestartingUser_andIsOwnedByThem() {
    AccessScope aliceWhileAdmin = AccessScope.unrestricted("alice-id", "alice");
    Job original = submit(aliceWhileAdmin, "Owned", Map.of("adminOnly", true));
    original.start("n", "t", Instant.now());
    original.markInterrupted();
    assertThat(codeOf(ALICE, () -> service.restart(original.id()))).isEqualTo("FORBIDDEN");
    Job next = as(ADMIN, () -> service.restart(original.id()));
    assertThat(next.owner().name()).isEqualTo("administrator");
    assertThat(next.restartOf()).contains(original.id());
    assertThat(repository.jobs).containsKey(next.id());
  }

  @Test
  void restart_refusesAJobThatCannotRestart_beforeCheckingPermissions() {
    Job queued = submit(ADMIN, "Owned", Map.of("adminOnly", true));
    assertThat(codeOf(ADMIN, () -> service.restart(queued.id()))).isEqualTo("JOB_NOT_RESTARTABLE");
  }
}
