package dev.vireo.server.jobs.domain;

import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A job's input: a flat JSON object whose values are strings, numbers or booleans. Kept as JSON
 * text with the job so a restarted job gets exactly the same input. Never put secrets here:
 * parameters are shown in the job history; pass the id of a Run As account instead.
 *
 * <p>Readers throw {@code JOB_PARAMETERS_INVALID} naming the field ({@code parameters.<name>}).
 */
public final class JobParameters {
  public static final int MAX_JSON_LENGTH = 16_384;
  public static final int MAX_NAMES = 64;
  private static final JobParameters EMPTY = new JobParameters(new LinkedHashMap<>());

  private final Map<String, Object> values;

  private JobParameters(LinkedHashMap<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static JobParameters empty() {
    return EMPTY;
  }

  /** From a decoded JSON object: values must be String, Boolean or a Number. */
  public static JobParameters of(Map<String, ?> map) {
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : map.entrySet()) {
      copy.put(e.getKey(), scalar(e.getKey(), e.getValue()));
    }
    if (copy.size() > MAX_NAMES) {
      throw invalid("parameters", "may hold at most " + MAX_NAMES + " values");
    }
    JobParameters p = new JobParameters(copy);
    if (p.toJson().length() > MAX_JSON_LENGTH) {
      throw invalid("parameters", "must be at most " + MAX_JSON_LENGTH + " characters as JSON");
    }
    return p;
  }

  /** From the stored JSON text. */
  public static JobParameters parse(String json) {
    if (json == null || json.isBlank()) {
      return EMPTY;
    }
    return of(FlatJson.parse(json));
  }

  public String toJson() {
    return FlatJson.write(values);
  }

  public Map<String, Object> asMap() {
    return values;
  }

  public Set<String> names() {
    return new TreeSet<>(values.keySet());
  }

  /** Throws unless every name is one of {@code allowed}. */
  public JobParameters requireOnly(Set<String> allowed) {
    for (String n : values.keySet()) {
      if (!allowed.contains(n)) {
        throw invalid(
            "parameters." + n,
            "is not a parameter of this job type; allowed: " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /** An integer value, else {@code dflt}; throws unless it lies in {@code [min, max]}. */
  public long longValue(String name, long dflt, long min, long max) {
    long v = optionalLong(name).orElse(dflt);
    if (v < min || v > max) {
      throw invalid("parameters." + name, "must be between " + min + " and " + max);
    }
    return v;
  }

  public Optional<Long> optionalLong(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Long l) {
      return Optional.of(l);
    }
    if (v instanceof BigDecimal d) {
      try {
        return Optional.of(d.longValueExact());
      } catch (ArithmeticException e) {
        throw invalid("parameters." + name, "must be a whole number");
      }
    }
    throw invalid("parameters." + name, "must be a number");
  }

  public Optional<String> optionalString(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof String s) {
      return Optional.of(s);
    }
    throw invalid("parameters." + name, "must be a string");
  }

  public Optional<Boolean> optionalBoolean(String name) {
    Object v = values.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (v instanceof Boolean b) {
      return Optional.of(b);
    }
    throw invalid("parameters." + name, "must be true or false");
  }

  private static Object scalar(String name, Object v) {
    if (name == null || name.isEmpty() || name.length() > 128) {
      throw invalid("parameters", "names must be 1-128 characters");
    }
    if (v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      try {
        return number(new BigDecimal(n.toString()));
      } catch (NumberFormatException e) {
        throw invalid("parameters." + name, "must be a finite number");
      }
    }
    throw invalid("parameters." + name, "must be a string, a number or a boolean");
  }

  /** Whole numbers that fit a long are kept as {@link Long}, all others as {@link BigDecimal}. */
  private static Object number(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    if (s.scale() <= 0
        && s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
        && s.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0) {
      return s.longValueExact();
    }
    return s;
  }

  static DomainException invalid(String field, String message) {
    return new DomainException(
        JobError.JOB_PARAMETERS_INVALID,
        "Field '" + field + "' " + message + ".",
        List.of(new FieldError(field, message)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobParameters p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return toJson();
  }
}
