package dev.vireo.server.shared.domain;

/**
 * A stable, documented error code such as {@code INVENTORY_DUPLICATE_NAME}. Each bounded context
 * declares its codes in an enum implementing this interface; the catalogue is in {@code
 * docs/api/error-codes.md}.
 */
public interface ErrorCode {
  /** The code clients match on; never changes once released. */
  String code();

  /** How the error is classified. */
  ErrorKind kind();

  /** A short, human title for the error class (the Problem Details {@code title}). */
  String title();
}
