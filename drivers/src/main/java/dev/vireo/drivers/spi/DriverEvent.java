package dev.vireo.drivers.spi;

import java.time.Instant;

/**
 * Something a host reported without being asked. Delivered to {@link DriverEventListener}s on the
 * driver's event thread, in the order the host sent them.
 */
public sealed interface DriverEvent
    permits DriverEvent.DomainLifecycle, DriverEvent.DomainMigrated, DriverEvent.ConnectionLost {

  /** When the driver received the event. */
  Instant receivedAt();

  /** Kinds of domain lifecycle changes. */
  enum LifecycleKind {
    DEFINED,
    UNDEFINED,
    STARTED,
    SUSPENDED,
    RESUMED,
    STOPPED,
    SHUTDOWN,
    GUEST_SUSPENDED,
    CRASHED,
    OTHER
  }

  /**
   * A domain changed state. {@code detail} is the hypervisor's reason in lower case (e.g. {@code
   * booted}, {@code migrated}, {@code destroyed}, {@code paused}).
   */
  record DomainLifecycle(
      DomainUuid uuid, String name, LifecycleKind kind, String detail, Instant receivedAt)
      implements DriverEvent {}

  /** Direction of a migration as seen from this host. */
  enum Direction {
    /** The domain arrived on this host and runs here now. */
    INCOMING,
    /** The domain left this host. */
    OUTGOING
  }

  /** A domain finished migrating into or out of this host. */
  record DomainMigrated(DomainUuid uuid, String name, Direction direction, Instant receivedAt)
      implements DriverEvent {}

  /** Why a connection was lost. */
  enum LossReason {
    /** The host closed the connection (daemon stopped or crashed). */
    END_OF_FILE,
    /** The host stopped answering keepalive probes. */
    KEEPALIVE_TIMEOUT,
    /** An I/O or protocol error. */
    ERROR,
    /** This side closed it. */
    CLOSED_BY_CLIENT
  }

  /**
   * The connection to the host is gone. The driver is unusable afterwards: every call fails with
   * {@link DriverErrorKind#CONNECTION_LOST}; open a new driver to reconnect.
   */
  record ConnectionLost(LossReason reason, Instant receivedAt) implements DriverEvent {}
}
