package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.DriverEvent.Direction;
import dev.vireo.drivers.spi.DriverEvent.LifecycleKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns libvirt's lifecycle callback arguments ({@code virDomainEventType} and its detail) into
 * driver events. The end of a migration also yields a {@link DriverEvent.DomainMigrated}: on the
 * source when the domain stops as {@code migrated}, on the destination when it resumes as {@code
 * migrated}.
 */
final class LifecycleEvents {
  private static final LifecycleKind[] KINDS = {
    LifecycleKind.DEFINED,
    LifecycleKind.UNDEFINED,
    LifecycleKind.STARTED,
    LifecycleKind.SUSPENDED,
    LifecycleKind.RESUMED,
    LifecycleKind.STOPPED,
    LifecycleKind.SHUTDOWN,
    LifecycleKind.GUEST_SUSPENDED,
    LifecycleKind.CRASHED
  };
  private static final String[][] DETAILS = {
    {"added", "updated", "renamed", "from_snapshot"},
    {"removed", "renamed"},
    {"booted", "migrated", "restored", "from_snapshot", "wakeup"},
    {
      "paused",
      "migrated",
      "ioerror",
      "watchdog",
      "restored",
      "from_snapshot",
      "api_error",
      "postcopy",
      "postcopy_failed"
    },
    {"unpaused", "migrated", "from_snapshot", "postcopy", "postcopy_failed"},
    {"shutdown", "destroyed", "crashed", "migrated", "saved", "failed", "from_snapshot"},
    {"finished", "guest", "host"},
    {"memory", "disk"},
    {"panicked", "crashloaded"}
  };
  private static final int EVENT_RESUMED = 4;
  private static final int EVENT_STOPPED = 5;
  private static final int RESUMED_MIGRATED = 1;
  private static final int STOPPED_MIGRATED = 3;

  private LifecycleEvents() {}

  static List<DriverEvent> map(
      int event, int detail, DomainUuid uuid, String name, Instant receivedAt) {
    List<DriverEvent> events = new ArrayList<>(2);
    events.add(
        new DriverEvent.DomainLifecycle(
            uuid, name, kind(event), detail(event, detail), receivedAt));
    if (event == EVENT_STOPPED && detail == STOPPED_MIGRATED) {
      events.add(new DriverEvent.DomainMigrated(uuid, name, Direction.OUTGOING, receivedAt));
    } else if (event == EVENT_RESUMED && detail == RESUMED_MIGRATED) {
      events.add(new DriverEvent.DomainMigrated(uuid, name, Direction.INCOMING, receivedAt));
    }
    return events;
  }

  static LifecycleKind kind(int event) {
    return event >= 0 && event < KINDS.length ? KINDS[event] : LifecycleKind.OTHER;
  }

  static String detail(int event, int detail) {
    if (event < 0 || event >= DETAILS.length || detail < 0 || detail >= DETAILS[event].length) {
      return "unknown(" + detail + ")";
    }
    return DETAILS[event][detail];
  }

  static DriverEvent.LossReason lossReason(int reason) {
    return switch (reason) {
      case 1 -> DriverEvent.LossReason.END_OF_FILE;
      case 2 -> DriverEvent.LossReason.KEEPALIVE_TIMEOUT;
      case 3 -> DriverEvent.LossReason.CLOSED_BY_CLIENT;
      default -> DriverEvent.LossReason.ERROR;
    };
  }
}
