package dev.vireo.drivers.libvirt;

import com.sun.jna.Pointer;
import dev.vireo.drivers.libvirt.LibvirtErrorClassifier.Phase;
import dev.vireo.drivers.spi.ConnectionSpec;
import dev.vireo.drivers.spi.DriverCapabilities;
import dev.vireo.drivers.spi.DriverCapabilities.Feature;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.HypervisorDriverFactory;
import java.util.EnumSet;

/**
 * Opens libvirt connections ({@code qemu+tcp://host/system}, {@code qemu:///system}, ...) with the
 * Run As account's credentials, keepalive and event registration. Registered for {@link
 * java.util.ServiceLoader} under id {@value #ID}.
 */
public final class LibvirtDriverFactory implements HypervisorDriverFactory {
  public static final String ID = "libvirt";
  private static final DriverCapabilities CAPABILITIES =
      new DriverCapabilities(EnumSet.allOf(Feature.class));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public DriverCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public HypervisorDriver create(ConnectionSpec spec) {
    if (spec.uri().isBlank() || !spec.uri().contains(":")) {
      throw new DriverException(
          DriverErrorKind.INVALID_ARGUMENT, "not a libvirt URI: " + spec.uri());
    }
    Libvirt lib = Libvirt.get();
    CredentialCallback callback = new CredentialCallback(spec.credentials());
    Pointer conn = lib.api.virConnectOpenAuth(spec.uri(), callback.auth(), 0);
    if (conn == null) {
      throw lib.lastError(Phase.CONNECT, "connect to " + spec.uri());
    }
    LibvirtSession session = new LibvirtSession(lib, conn);
    try {
      int interval = (int) Math.max(1, spec.keepaliveInterval().toSeconds());
      if (spec.keepaliveCount() > 0
          && lib.api.virConnectSetKeepAlive(conn, interval, spec.keepaliveCount()) < 0) {
        throw lib.lastError(Phase.CALL, "enable keepalive");
      }
      return new LibvirtDriver(session, callback);
    } catch (RuntimeException e) {
      session.close(() -> {});
      throw e;
    }
  }
}
