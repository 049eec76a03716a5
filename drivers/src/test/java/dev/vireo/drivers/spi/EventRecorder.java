package dev.vireo.drivers.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects driver events and waits for one that matches. For tests. */
public final class EventRecorder implements DriverEventListener {
  private final List<DriverEvent> events = new ArrayList<>();

  @Override
  public synchronized void onEvent(DriverEvent event) {
    events.add(event);
    notifyAll();
  }

  /** The first recorded event matching {@code test}, waiting up to {@code timeout}. */
  public synchronized DriverEvent await(Predicate<DriverEvent> test, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (DriverEvent e : events) {
        if (test.test(e)) {
          return e;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching event within " + timeout + "; got " + events);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Matches a lifecycle event of {@code uuid} of the given kind. */
  public static Predicate<DriverEvent> lifecycle(DomainUuid uuid, DriverEvent.LifecycleKind kind) {
    return e ->
        e instanceof DriverEvent.DomainLifecycle l && l.uuid().equals(uuid) && l.kind() == kind;
  }

  public synchronized List<DriverEvent> snapshot() {
    return List.copyOf(events);
  }
}
