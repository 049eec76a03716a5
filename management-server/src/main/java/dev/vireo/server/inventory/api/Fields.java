package dev.vireo.server.inventory.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads typed values out of request bodies with precise field errors. */
final class Fields {
  private Fields() {}

  /**
   * The constant named by {@code value} (case-insensitive, '-' or ' ' for '_'); null stays null.
   */
  static <E extends Enum<E>> E enumOrNull(String value, Class<E> type, String field) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(v)) {
        return e;
      }
    }
    String allowed = "must be one of " + Arrays.toString(type.getEnumConstants());
    throw new DomainException(
        CommonError.VALIDATION_FAILED,
        "Field '" + field + "' " + allowed + ".",
        List.of(new FieldError(field, allowed)));
  }

  static <E extends Enum<E>> Optional<E> enumValue(String value, Class<E> type, String field) {
    return Optional.ofNullable(enumOrNull(value, type, field));
  }

  static Optional<String> text(String s) {
    return Optional.ofNullable(s);
  }

  static int intOrZero(Integer i) {
    return i == null ? 0 : i;
  }

  static long longOrZero(Long l) {
    return l == null ? 0 : l;
  }
}
