package dev.vireo.server.jobs.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiagnosticsWaitHandlerTest {
  private static final AccessScope ADMIN = AccessScope.unrestricted("u-1", "administrator");
  private static final AccessScope OPERATOR =
      new AccessScope("u-2", "op", false, Set.of("hg"), Set.of("hg"), Set.of(), Set.of(), Set.of());
  private final DiagnosticsWaitHandler handler = new DiagnosticsWaitHandler();

  private String validate(Map<String, Object> params, AccessScope who) {
    try {
      handler.validate(JobParameters.of(params), Optional.empty(), who);
      return "valid";
    } catch (DomainException e) {
      return e.errorCode().code();
    }
  }

  @Test
  void validate_acceptsBoundedStepsAndDurations_forAdministrators() {
    assertThat(validate(Map.of(), ADMIN)).isEqualTo("valid");
    assertThat(validate(Map.of("steps", 100, "stepMillis", 60000), ADMIN)).isEqualTo("valid");
    assertThat(validate(Map.of("steps", 1, "stepMillis", 0, "lockKey", "a"), ADMIN))
        .isEqualTo("valid");
  }

  @Test
  void validate_refusesOutOfRangeAndUnknownParameters() {
    assertThat(validate(Map.of("steps", 0), ADMIN)).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(validate(Map.of("steps", 101), ADMIN)).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(validate(Map.of("stepMillis", 60001), ADMIN)).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(validate(Map.of("sleep", 1), ADMIN)).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(validate(Map.of("lockKey", "has space"), ADMIN)).isEqualTo("JOB_PARAMETERS_INVALID");
  }

  @Test
  void validate_refusesEveryoneButAdministrators() {
    assertThat(validate(Map.of(), OPERATOR)).isEqualTo("FORBIDDEN");
  }

  @Test
  void declaresOneStepPerWait_andTheLockKeyAsked() {
    JobParameters p = JobParameters.of(Map.of("steps", 2, "lockKey", "x"));
    assertThat(handler.steps(p)).containsExactly("Wait 1 of 2", "Wait 2 of 2");
    assertThat(handler.lockKeys(p, Optional.empty())).isEqualTo(LockKeys.of("diagnostics:x"));
    assertThat(handler.lockKeys(JobParameters.empty(), Optional.empty()))
        .isEqualTo(LockKeys.none());
    assertThat(handler.describe(p, Optional.empty()))
        .isEqualTo("Diagnostic wait: 2 steps of 1000 ms");
  }
}
