package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.shared.domain.DomainException;

/** Translates driver exceptions into host-management errors that say what to check. */
final class DriverFailures {
  private DriverFailures() {}

  /** The error for a failed connection to {@code uri}. */
  static DomainException connecting(DriverException e, String uri) {
    if (e.kind() == DriverErrorKind.AUTH_FAILED) {
      return new DomainException(
          HostsError.HOSTS_ACCESS_DENIED,
          "The host at "
              + uri
              + " refused the Run As account's credentials: check the account's user name and"
              + " password and that the host allows this user ("
              + e.hypervisorMessage()
              + ").");
    }
    if (e.kind() == DriverErrorKind.INVALID_ARGUMENT) {
      return new DomainException(
          HostsError.HOSTS_UNREACHABLE,
          "The driver cannot use the address " + uri + ": " + e.hypervisorMessage());
    }
    return new DomainException(
        HostsError.HOSTS_UNREACHABLE,
        "Cannot reach the host at "
            + uri
            + ": check the address, that the host is up, that libvirtd listens on TCP (port 16509)"
            + " and that no firewall blocks it ("
            + e.hypervisorMessage()
            + ").");
  }

  /** The error for a failed operation on a connected host. */
  static DomainException operation(DriverException e, String what) {
    HostsError code =
        switch (e.kind()) {
          case NO_STORAGE -> HostsError.HOSTS_NO_STORAGE;
          case INVALID_STATE -> HostsError.HOSTS_VM_STATE;
          case UNREACHABLE, CONNECTION_LOST, CLOSED -> HostsError.HOSTS_UNREACHABLE;
          case AUTH_FAILED -> HostsError.HOSTS_ACCESS_DENIED;
          default -> HostsError.HOSTS_DRIVER_FAILED;
        };
    return new DomainException(
        code, what + " failed: " + e.hypervisorMessage() + " (" + e.kind() + ").");
  }
}
