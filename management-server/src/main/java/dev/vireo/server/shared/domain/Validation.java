package dev.vireo.server.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors and throws one {@link DomainException} with all of them, so a caller learns
 * every problem of a request at once.
 */
public final class Validation {
  private static final Pattern NAME =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._()\\-]{0,127}");
  private final List<FieldError> errors = new ArrayList<>();

  public static Validation start() {
    return new Validation();
  }

  public Validation require(boolean condition, String field, String message) {
    if (!condition) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  public Validation requireText(String value, String field) {
    return require(value != null && !value.isBlank(), field, "must not be empty");
  }

  /**
   * A display name of an inventory object: 1-128 characters, letters, digits, space, dot,
   * underscore, parentheses and hyphen, starting with a letter or digit.
   */
  public Validation requireName(String value, String field) {
    return require(
        value != null && NAME.matcher(value).matches(),
        field,
        "must be 1-128 characters of letters, digits, space, '.', '_', '-', '(' or ')', starting with a letter or digit");
  }

  public Validation requireRange(long value, long min, long max, String field) {
    return require(value >= min && value <= max, field, "must be between " + min + " and " + max);
  }

  public Validation requireMaxLength(String value, int max, String field) {
    return require(
        value == null || value.length() <= max, field, "must be at most " + max + " characters");
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws {@link CommonError#VALIDATION_FAILED} listing every collected field error. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new DomainException(
          CommonError.VALIDATION_FAILED,
          errors.size() == 1
              ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message()
              : errors.size() + " fields are invalid",
          errors);
    }
  }
}
