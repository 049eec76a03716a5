package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses typed query parameters with precise errors. */
public final class QueryValues {
  private QueryValues() {}

  /** An ISO-8601 instant such as {@code 2026-11-21T10:00:00Z}. */
  public static Optional<Instant> instant(String value, String name) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(value.trim()));
    } catch (DateTimeParseException e) {
      throw invalid(name, "must be an ISO-8601 instant such as 2026-11-21T10:00:00Z");
    }
  }

  /**
   * A constant of {@code type}, matched case-insensitively with spaces or hyphens for underscores.
   */
  public static <E extends Enum<E>> Optional<E> enumValue(
      String value, Class<E> type, String name) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().replace("_", "").equals(v.replace("_", ""))) {
        return Optional.of(e);
      }
    }
    throw invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
  }

  private static DomainException invalid(String name, String message) {
    return new DomainException(
        CommonError.VALIDATION_FAILED,
        "Query parameter '" + name + "' " + message + ".",
        List.of(new FieldError(name, message)));
  }
}
