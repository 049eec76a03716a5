package dev.vireo.drivers.libvirt;

import com.sun.jna.Pointer;
import dev.vireo.drivers.libvirt.LibvirtErrorClassifier.Phase;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * One open {@code virConnectPtr} and the rules for using it: calls run under a read lock so {@link
 * #close()} (write lock) never frees the connection under a running call; a lost connection makes
 * every later call fail with CONNECTION_LOST; handles are freed after use.
 */
final class LibvirtSession {
  final Libvirt lib;
  final LibvirtNative api;
  private final Pointer conn;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean closed;
  private volatile boolean lost;

  LibvirtSession(Libvirt lib, Pointer conn) {
    this.lib = lib;
    this.api = lib.api;
    this.conn = conn;
  }

  /** Runs {@code call} with the connection pointer, failing fast if closed or lost. */
  <T> T call(Function<Pointer, T> call) {
    lock.readLock().lock();
    try {
      ensureUsable();
      return call.apply(conn);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Looks up a domain, runs {@code action} with its handle and frees the handle. */
  <T> T withDomain(DomainUuid uuid, Function<Pointer, T> action) {
    return call(
        c -> {
          Pointer dom = api.virDomainLookupByUUIDString(c, uuid.toString());
          if (dom == null) {
            throw error(Phase.CALL, "look up domain " + uuid);
          }
          try {
            return action.apply(dom);
          } finally {
            api.virDomainFree(dom);
          }
        });
  }

  /** Throws the thread's libvirt error if {@code rc < 0}; returns rc. */
  int check(int rc, String operation) {
    return check(rc, Phase.CALL, operation);
  }

  int check(int rc, Phase phase, String operation) {
    if (rc < 0) {
      throw error(phase, operation);
    }
    return rc;
  }

  Pointer checkPtr(Pointer p, String operation) {
    if (p == null) {
      throw error(Phase.CALL, operation);
    }
    return p;
  }

  DriverException error(Phase phase, String operation) {
    DriverException e = lib.lastError(phase, operation);
    if (e.kind() == DriverErrorKind.CONNECTION_LOST) {
      lost = true;
    }
    return e;
  }

  void markLost() {
    lost = true;
  }

  boolean isUsable() {
    return !closed && !lost;
  }

  private void ensureUsable() {
    if (closed) {
      throw new DriverException(DriverErrorKind.CLOSED, "driver is closed");
    }
    if (lost) {
      throw new DriverException(
          DriverErrorKind.CONNECTION_LOST, "connection to the host was lost; reconnect");
    }
  }

  /** Closes the connection once; later calls fail with CLOSED. */
  void close(Runnable beforeClose) {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      beforeClose.run();
      api.virConnectClose(conn);
    } finally {
      lock.writeLock().unlock();
    }
  }

  Pointer rawConnection() {
    return conn;
  }
}
