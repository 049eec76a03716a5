package dev.vireo.drivers.libvirt;

import static dev.vireo.drivers.libvirt.LibvirtErrorClassifier.classify;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.libvirt.LibvirtErrorClassifier.Phase;
import dev.vireo.drivers.spi.DriverErrorKind;
import org.junit.jupiter.api.Test;

class LibvirtErrorClassifierTest {
  private static final int FROM_QEMU = 10;
  private static final int FROM_RPC = 7;

  @Test
  void authenticationErrors_areAuthFailedInEveryPhase() {
    for (Phase phase : Phase.values()) {
      assertThat(classify(phase, 45, 0, "authentication failed"))
          .isEqualTo(DriverErrorKind.AUTH_FAILED);
      assertThat(classify(phase, 88, 0, "access denied")).isEqualTo(DriverErrorKind.AUTH_FAILED);
    }
  }

  @Test
  void transportErrorsWhileConnecting_areTransientUnreachable() {
    DriverErrorKind kind =
        classify(Phase.CONNECT, 38, FROM_RPC, "unable to connect to server: No route to host");
    assertThat(kind).isEqualTo(DriverErrorKind.UNREACHABLE);
    assertThat(kind.isTransient()).isTrue();
  }

  @Test
  void badUriWhileConnecting_isInvalidArgument() {
    assertThat(classify(Phase.CONNECT, 3, 0, "no connection driver available"))
        .isEqualTo(DriverErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void transportErrorsOnAnOpenConnection_areConnectionLost() {
    assertThat(classify(Phase.CALL, 1, FROM_RPC, "internal error: client socket is closed"))
        .isEqualTo(DriverErrorKind.CONNECTION_LOST);
    assertThat(classify(Phase.CALL, 38, FROM_RPC, "Cannot write data: Broken pipe"))
        .isEqualTo(DriverErrorKind.CONNECTION_LOST);
    assertThat(classify(Phase.CALL, 6, 0, "invalid connection pointer"))
        .isEqualTo(DriverErrorKind.CONNECTION_LOST);
  }

  @Test
  void missingObjects_areNotFound_butMissingStorageDuringMigrationIsNoStorage() {
    assertThat(classify(Phase.CALL, 42, FROM_QEMU, "Domain not found"))
        .isEqualTo(DriverErrorKind.NOT_FOUND);
    assertThat(classify(Phase.CALL, 103, FROM_QEMU, "Domain checkpoint not found"))
        .isEqualTo(DriverErrorKind.NOT_FOUND);
    assertThat(classify(Phase.CALL, 49, FROM_QEMU, "Storage pool not found"))
        .isEqualTo(DriverErrorKind.NOT_FOUND);
    assertThat(classify(Phase.MIGRATE, 49, FROM_QEMU, "Storage pool not found: no storage pool"))
        .isEqualTo(DriverErrorKind.NO_STORAGE);
  }

  @Test
  void nameClashReportedAsOperationFailed_isAlreadyExists() {
    assertThat(classify(Phase.CALL, 9, FROM_QEMU, "domain 'x' already exists with uuid 1234"))
        .isEqualTo(DriverErrorKind.ALREADY_EXISTS);
    assertThat(classify(Phase.CALL, 90, 0, "storage volume 'a' exists already"))
        .isEqualTo(DriverErrorKind.ALREADY_EXISTS);
  }

  @Test
  void stateBusyUnsupportedAndInvalidInput_areDistinguished() {
    assertThat(classify(Phase.CALL, 55, FROM_QEMU, "domain is not running"))
        .isEqualTo(DriverErrorKind.INVALID_STATE);
    DriverErrorKind busy = classify(Phase.CALL, 68, FROM_QEMU, "cannot acquire state change lock");
    assertThat(busy).isEqualTo(DriverErrorKind.BUSY);
    assertThat(busy.isTransient()).isTrue();
    assertThat(classify(Phase.CALL, 84, 0, "not supported")).isEqualTo(DriverErrorKind.UNSUPPORTED);
    assertThat(classify(Phase.CALL, 27, 0, "XML error"))
        .isEqualTo(DriverErrorKind.INVALID_ARGUMENT);
    assertThat(classify(Phase.MIGRATE, 81, FROM_QEMU, "Unsafe migration"))
        .isEqualTo(DriverErrorKind.INVALID_ARGUMENT);
  }

  @Test
  void anythingElse_isPermanentOperationFailed() {
    DriverErrorKind kind =
        classify(Phase.CALL, 1, FROM_QEMU, "internal error: qemu unexpectedly closed");
    assertThat(kind).isEqualTo(DriverErrorKind.OPERATION_FAILED);
    assertThat(kind.isTransient()).isFalse();
  }
}
