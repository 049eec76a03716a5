package dev.vireo.server.shared.domain;

import java.util.List;

/**
 * An expected failure with a stable error code. Thrown by domain objects and application services;
 * translated into Problem Details (REST) or a SOAP fault at the boundary. The message is safe to
 * show to the caller: it never contains secrets or internal details.
 */
public class DomainException extends RuntimeException {
  private final ErrorCode errorCode;
  private final List<FieldError> fieldErrors;

  public DomainException(ErrorCode errorCode, String message) {
    this(errorCode, message, List.of(), null);
  }

  public DomainException(ErrorCode errorCode, String message, List<FieldError> fieldErrors) {
    this(errorCode, message, fieldErrors, null);
  }

  public DomainException(
      ErrorCode errorCode, String message, List<FieldError> fieldErrors, Throwable cause) {
    super(message, cause);
    this.errorCode = errorCode;
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public ErrorCode errorCode() {
    return errorCode;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
