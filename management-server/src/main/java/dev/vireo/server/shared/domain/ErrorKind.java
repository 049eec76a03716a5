package dev.vireo.server.shared.domain;

/** How an error is classified; adapters map a kind to an HTTP status or a SOAP fault code. */
public enum ErrorKind {
  /** The request is malformed or a field is invalid (HTTP 400). */
  INVALID_INPUT,
  /** The caller is not authenticated (HTTP 401). */
  UNAUTHENTICATED,
  /** The caller may not do this, or may not see the object (HTTP 403). */
  FORBIDDEN,
  /** The object does not exist or is outside the caller's scope (HTTP 404). */
  NOT_FOUND,
  /** The request conflicts with the current state: duplicate name, stale version (HTTP 409). */
  CONFLICT,
  /** A precondition such as If-Match failed (HTTP 412). */
  PRECONDITION_FAILED,
  /** A conditional request header such as If-Match is required but missing (HTTP 428). */
  PRECONDITION_REQUIRED,
  /** The request is well-formed but breaks a business rule (HTTP 422). */
  RULE_VIOLATION,
  /** A dependency (database, host) is temporarily unavailable (HTTP 503). */
  UNAVAILABLE,
  /** An unexpected failure inside the server (HTTP 500); details go to the log only. */
  INTERNAL
}
