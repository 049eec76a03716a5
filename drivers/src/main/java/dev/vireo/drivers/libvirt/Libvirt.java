package dev.vireo.drivers.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.vireo.drivers.libvirt.LibvirtErrorClassifier.Phase;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The loaded library, shared by all connections: the bindings, libvirt's default event loop on one
 * daemon thread (registered before any connection is opened, as keepalive and events require), and
 * turning libvirt's thread-local last error into a {@link DriverException}.
 */
final class Libvirt {
  private static final Logger LOG = Logger.getLogger(Libvirt.class.getName());
  private static volatile Libvirt instance;

  final LibvirtNative api;
  // Strongly held: libvirt keeps only the native pointer.
  private final LibvirtNative.ErrorFunc quietErrors = (userData, error) -> {};

  private Libvirt(LibvirtNative api) {
    this.api = api;
    api.virSetErrorFunc(null, quietErrors);
    if (api.virEventRegisterDefaultImpl() < 0) {
      throw lastError(Phase.CALL, "register libvirt event loop");
    }
    Thread loop = new Thread(this::runEventLoop, "vireo-libvirt-events");
    loop.setDaemon(true);
    loop.start();
  }

  /** The shared instance; fails with UNSUPPORTED when {@code libvirt.so.0} is not installed. */
  static Libvirt get() {
    Libvirt current = instance;
    if (current == null) {
      synchronized (Libvirt.class) {
        if (instance == null) {
          instance = new Libvirt(loadNative());
        }
        current = instance;
      }
    }
    return current;
  }

  private static LibvirtNative loadNative() {
    try {
      return LibvirtNative.load();
    } catch (UnsatisfiedLinkError e) {
      throw new DriverException(
          DriverErrorKind.UNSUPPORTED,
          "libvirt client library (libvirt.so.0) not found: install libvirt0 "
              + "(in the lab: lab/lab install)",
          e.getMessage(),
          null,
          e);
    }
  }

  private void runEventLoop() {
    while (true) {
      try {
        if (api.virEventRunDefaultImpl() < 0) {
          LOG.warning(() -> "libvirt event loop iteration failed: " + lastErrorText());
          Thread.sleep(100);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "libvirt event loop", e);
      }
    }
  }

  /** The calling thread's last libvirt error as an exception; resets it. */
  DriverException lastError(Phase phase, String operation) {
    Pointer p = api.virGetLastError();
    if (p == null) {
      return new DriverException(
          DriverErrorKind.OPERATION_FAILED, operation + " failed (libvirt gave no error)");
    }
    LibvirtNative.VirError err = new LibvirtNative.VirError(p);
    String message = err.message == null ? "unknown libvirt error" : err.message;
    int code = err.code;
    DriverErrorKind kind = LibvirtErrorClassifier.classify(phase, code, err.domain, message);
    api.virResetLastError();
    return new DriverException(kind, operation + ": " + message, message, code, null);
  }

  private String lastErrorText() {
    Pointer p = api.virGetLastError();
    return p == null ? "no error" : new LibvirtNative.VirError(p).message;
  }

  /** Reads a {@code char *} the caller owns and frees it; empty string for null. */
  static String takeString(Pointer p) {
    if (p == null) {
      return "";
    }
    try {
      return p.getString(0, "UTF-8");
    } finally {
      Native.free(Pointer.nativeValue(p));
    }
  }
}
