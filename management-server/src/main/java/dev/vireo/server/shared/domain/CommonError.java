package dev.vireo.server.shared.domain;

/** Error codes that are not specific to one bounded context. */
public enum CommonError implements ErrorCode {
  VALIDATION_FAILED(ErrorKind.INVALID_INPUT, "The request is invalid"),
  MALFORMED_REQUEST(ErrorKind.INVALID_INPUT, "The request body or a parameter cannot be read"),
  UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED, "Authentication is required"),
  FORBIDDEN(ErrorKind.FORBIDDEN, "The operation is not allowed for this user"),
  NOT_FOUND(ErrorKind.NOT_FOUND, "The resource does not exist"),
  METHOD_NOT_ALLOWED(ErrorKind.INVALID_INPUT, "The method is not allowed on this resource"),
  UNSUPPORTED_MEDIA_TYPE(ErrorKind.INVALID_INPUT, "The content type is not supported"),
  CONCURRENT_MODIFICATION(ErrorKind.CONFLICT, "The resource was changed by someone else"),
  PRECONDITION_FAILED(ErrorKind.PRECONDITION_FAILED, "The resource has changed since it was read"),
  PRECONDITION_REQUIRED(ErrorKind.PRECONDITION_REQUIRED, "An If-Match header is required"),
  DUPLICATE(ErrorKind.CONFLICT, "An object with this name already exists"),
  DATABASE_UNAVAILABLE(ErrorKind.UNAVAILABLE, "The management database is unavailable"),
  INTERNAL_ERROR(ErrorKind.INTERNAL, "An unexpected error occurred");

  private final ErrorKind kind;
  private final String title;

  CommonError(ErrorKind kind, String title) {
    this.kind = kind;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public String title() {
    return title;
  }
}
