package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.ErrorCode;
import dev.vireo.server.shared.domain.ErrorKind;

/** Error codes of the security context. */
public enum SecurityError implements ErrorCode {
  USER_NOT_FOUND(ErrorKind.NOT_FOUND, "The user does not exist"),
  USER_NAME_TAKEN(ErrorKind.CONFLICT, "A user with this name already exists"),
  ROLE_NOT_FOUND(ErrorKind.NOT_FOUND, "The user role does not exist"),
  ROLE_NAME_TAKEN(ErrorKind.CONFLICT, "A user role with this name already exists"),
  ROLE_SCOPE_INVALID(ErrorKind.RULE_VIOLATION, "The scope does not fit the role's profile"),
  LAST_ADMINISTRATOR(ErrorKind.RULE_VIOLATION, "The last enabled Administrator cannot be removed"),
  WEAK_PASSWORD(ErrorKind.INVALID_INPUT, "The password is too weak"),
  RUN_AS_NOT_FOUND(ErrorKind.NOT_FOUND, "The Run As account does not exist"),
  RUN_AS_NAME_TAKEN(ErrorKind.CONFLICT, "A Run As account with this name already exists"),
  RUN_AS_IN_USE(ErrorKind.RULE_VIOLATION, "The Run As account is still used"),
  MASTER_KEY_UNAVAILABLE(ErrorKind.UNAVAILABLE, "The server master key cannot be read"),
  SECRET_UNREADABLE(ErrorKind.INTERNAL, "A stored secret cannot be decrypted with the master key"),
  TOKEN_INVALID(ErrorKind.UNAUTHENTICATED, "The token is invalid or expired");

  private final ErrorKind kind;
  private final String title;

  SecurityError(ErrorKind kind, String title) {
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
