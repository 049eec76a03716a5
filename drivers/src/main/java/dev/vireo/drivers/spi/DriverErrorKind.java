package dev.vireo.drivers.spi;

/** What went wrong, independent of the hypervisor, and whether retrying can help. */
public enum DriverErrorKind {
  /** The host refused the credentials. Permanent until the credentials change. */
  AUTH_FAILED(false),
  /** The host could not be reached (refused, no route, timeout). Transient. */
  UNREACHABLE(true),
  /** An open connection broke (daemon died, keepalive timeout). Reconnect and retry. */
  CONNECTION_LOST(true),
  /** The addressed object (domain, checkpoint, pool, volume, job) does not exist. */
  NOT_FOUND(false),
  /** An object with that name or id exists already. */
  ALREADY_EXISTS(false),
  /** The request is malformed or not valid for this host (bad XML, bad argument). */
  INVALID_ARGUMENT(false),
  /** The object is in a state that does not allow the operation (e.g. not running). */
  INVALID_STATE(false),
  /** The host is busy (another job, lock, timeout); retrying later can succeed. */
  BUSY(true),
  /** The destination lacks the storage the operation needs (pool, path, space). */
  NO_STORAGE(false),
  /** The host or driver does not support the operation. */
  UNSUPPORTED(false),
  /** The operation was aborted (by a caller or the host). */
  ABORTED(false),
  /** The driver was closed; open a new one. */
  CLOSED(false),
  /** Any other failure reported by the host. */
  OPERATION_FAILED(false);

  private final boolean transientKind;

  DriverErrorKind(boolean transientKind) {
    this.transientKind = transientKind;
  }

  /** Whether the same call may succeed if repeated later without changing anything. */
  public boolean isTransient() {
    return transientKind;
  }
}
