package dev.vireo.drivers.libvirt;

import com.sun.jna.Pointer;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.DriverEventListener;
import dev.vireo.drivers.spi.EventSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives libvirt's lifecycle and close callbacks for one connection on the event-loop thread and
 * hands them to listeners. The callback objects are fields so they stay strongly reachable for as
 * long as libvirt may call them (JNA frees a trampoline once its Java object is gone).
 */
final class EventDispatcher {
  private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
  private static final int EVENT_ID_LIFECYCLE = 0;

  private final LibvirtSession session;
  private final LibvirtNative api;
  private final List<DriverEventListener> listeners = new CopyOnWriteArrayList<>();
  private final LibvirtNative.LifecycleCallback lifecycle = this::onLifecycle;
  private final LibvirtNative.CloseCallback closed = this::onClose;
  private int lifecycleId = -1;

  EventDispatcher(LibvirtSession session) {
    this.session = session;
    this.api = session.api;
  }

  void register() {
    Pointer conn = session.rawConnection();
    lifecycleId =
        session.check(
            api.virConnectDomainEventRegisterAny(
                conn, null, EVENT_ID_LIFECYCLE, lifecycle, null, null),
            "register lifecycle events");
    session.check(
        api.virConnectRegisterCloseCallback(conn, closed, null, null), "register close callback");
  }

  /** Called by the session's close, before the connection is closed. */
  void unregister() {
    Pointer conn = session.rawConnection();
    if (lifecycleId >= 0 && api.virConnectDomainEventDeregisterAny(conn, lifecycleId) < 0) {
      api.virResetLastError();
    }
    if (api.virConnectUnregisterCloseCallback(conn, closed) < 0) {
      api.virResetLastError();
    }
  }

  EventSubscription subscribe(DriverEventListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private int onLifecycle(Pointer conn, Pointer dom, int event, int detail, Pointer opaque) {
    try {
      Instant now = Instant.now();
      byte[] buf = new byte[37];
      if (api.virDomainGetUUIDString(dom, buf) < 0) {
        api.virResetLastError();
        return 0;
      }
      DomainUuid uuid = DomainUuid.parse(new String(buf, 0, 36, StandardCharsets.US_ASCII));
      String name = api.virDomainGetName(dom);
      LifecycleEvents.map(event, detail, uuid, name == null ? "" : name, now)
          .forEach(this::deliver);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "lifecycle event dropped", e);
    }
    return 0;
  }

  private void onClose(Pointer conn, int reason, Pointer opaque) {
    try {
      session.markLost();
      deliver(new DriverEvent.ConnectionLost(LifecycleEvents.lossReason(reason), Instant.now()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "connection-lost event dropped", e);
    }
  }

  private void deliver(DriverEvent event) {
    for (DriverEventListener l : listeners) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "driver event listener failed", e);
      }
    }
  }
}
