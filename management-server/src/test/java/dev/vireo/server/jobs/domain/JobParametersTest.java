package dev.vireo.server.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobParametersTest {
  private static String codeOf(Runnable r) {
    try {
      r.run();
    } catch (DomainException e) {
      return e.errorCode().code() + " " + e.fieldErrors().get(0).field();
    }
    return "none";
  }

  @Test
  void json_roundTripsStringsNumbersAndBooleans() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", "Lab \"A\"\n\\ é");
    m.put("count", 42);
    m.put("ratio", new BigDecimal("0.5"));
    m.put("recursive", true);
    JobParameters p = JobParameters.of(m);
    JobParameters back = JobParameters.parse(p.toJson());
    assertThat(back).isEqualTo(p);
    assertThat(back.optionalString("name")).contains("Lab \"A\"\n\\ é");
    assertThat(back.optionalLong("count")).contains(42L);
    assertThat(back.optionalBoolean("recursive")).contains(true);
    assertThat(p.toJson()).startsWith("{\"name\":");
  }

  @Test
  void parse_readsWhitespaceAndUnicodeEscapes() {
    JobParameters p = JobParameters.parse(" { \"a\" : \"\\u00e9\" , \"b\" : -3 , \"c\" : false } ");
    assertThat(p.optionalString("a")).contains("é");
    assertThat(p.optionalLong("b")).contains(-3L);
    assertThat(p.optionalBoolean("c")).contains(false);
    assertThat(JobParameters.parse("{}")).isEqualTo(JobParameters.empty());
  }

  @Test
  void parse_refusesNestingNullsDuplicatesAndTrailingText() {
    for (String bad :
        List.of(
            "{\"a\":{}}",
            "{\"a\":[1]}",
            "{\"a\":null}",
            "{\"a\":1,\"a\":2}",
            "{} x",
            "[1]",
            "{\"a\":\"x}",
            "{\"a\":1e}")) {
      assertThatThrownBy(() -> JobParameters.parse(bad))
          .as(bad)
          .isInstanceOf(DomainException.class)
          .hasMessageContaining("flat JSON");
    }
  }

  @Test
  void of_refusesNestedValues() {
    assertThat(codeOf(() -> JobParameters.of(Map.of("a", Map.of("b", 1)))))
        .isEqualTo("JOB_PARAMETERS_INVALID parameters.a");
  }

  @Test
  void longValue_appliesTheDefault_andChecksTheRange() {
    JobParameters p = JobParameters.of(Map.of("steps", 101, "half", new BigDecimal("1.5")));
    assertThat(JobParameters.empty().longValue("steps", 3, 1, 100)).isEqualTo(3);
    assertThat(codeOf(() -> p.longValue("steps", 3, 1, 100)))
        .isEqualTo("JOB_PARAMETERS_INVALID parameters.steps");
    assertThat(codeOf(() -> p.longValue("half", 3, 1, 100)))
        .isEqualTo("JOB_PARAMETERS_INVALID parameters.half");
    assertThat(codeOf(() -> JobParameters.of(Map.of("s", "x")).longValue("s", 1, 0, 9)))
        .isEqualTo("JOB_PARAMETERS_INVALID parameters.s");
  }

  @Test
  void requireOnly_namesTheUnknownParameter() {
    JobParameters p = JobParameters.of(Map.of("stepz", 1));
    assertThat(codeOf(() -> p.requireOnly(Set.of("steps"))))
        .isEqualTo("JOB_PARAMETERS_INVALID parameters.stepz");
  }
}
