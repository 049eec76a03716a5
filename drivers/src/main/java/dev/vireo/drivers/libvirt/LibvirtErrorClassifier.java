package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.spi.DriverErrorKind;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a libvirt error ({@code virErrorNumber} code, {@code virErrorDomain}, message) to a {@link
 * DriverErrorKind}. The same code means different things while connecting (the host is
 * unreachable), on an open connection (the connection broke) and during a migration (the
 * destination lacks storage), so the caller says which {@link Phase} it was in.
 */
final class LibvirtErrorClassifier {

  /** What the driver was doing when the error happened. */
  enum Phase {
    CONNECT,
    CALL,
    MIGRATE
  }

  static final int ERR_INTERNAL = 1;
  static final int ERR_NO_SUPPORT = 3;
  static final int ERR_UNKNOWN_HOST = 4;
  static final int ERR_NO_CONNECT = 5;
  static final int ERR_INVALID_CONN = 6;
  static final int ERR_INVALID_ARG = 8;
  static final int ERR_OPERATION_FAILED = 9;
  static final int ERR_DOM_EXIST = 28;
  static final int ERR_OPERATION_DENIED = 29;
  static final int ERR_SYSTEM_ERROR = 38;
  static final int ERR_RPC = 39;
  static final int ERR_NO_DOMAIN = 42;
  static final int ERR_AUTH_FAILED = 45;
  static final int ERR_NO_STORAGE_POOL = 49;
  static final int ERR_NO_STORAGE_VOL = 50;
  static final int ERR_OPERATION_INVALID = 55;
  static final int ERR_OPERATION_TIMEOUT = 68;
  static final int ERR_OPERATION_ABORTED = 78;
  static final int ERR_MIGRATE_UNSAFE = 81;
  static final int ERR_STORAGE_VOL_EXIST = 90;
  static final int ERR_NO_DOMAIN_CHECKPOINT = 103;
  static final int FROM_RPC = 7;
  static final int FROM_REMOTE = 13;

  private static final Set<Integer> AUTH =
      Set.of(ERR_AUTH_FAILED, 79, 94, 88, ERR_OPERATION_DENIED);
  private static final Set<Integer> NOT_FOUND =
      Set.of(
          ERR_NO_DOMAIN,
          43,
          ERR_NO_STORAGE_POOL,
          ERR_NO_STORAGE_VOL,
          53,
          66,
          72,
          80,
          ERR_NO_DOMAIN_CHECKPOINT,
          104);
  private static final Set<Integer> EXISTS = Set.of(ERR_DOM_EXIST, 37, ERR_STORAGE_VOL_EXIST, 106);
  private static final Set<Integer> INVALID =
      Set.of(
          ERR_INVALID_ARG,
          7,
          17,
          19,
          20,
          21,
          22,
          27,
          32,
          33,
          35,
          44,
          67,
          91,
          92,
          ERR_MIGRATE_UNSAFE);
  private static final Set<Integer> STATE = Set.of(ERR_OPERATION_INVALID, 83, 109);
  private static final Set<Integer> BUSY = Set.of(ERR_OPERATION_TIMEOUT, 86, 87, 97);
  private static final Set<Integer> UNSUPPORTED = Set.of(ERR_NO_SUPPORT, 74, 84);
  private static final Set<Integer> TRANSPORT = Set.of(ERR_SYSTEM_ERROR, ERR_RPC, ERR_NO_CONNECT);

  private LibvirtErrorClassifier() {}

  static DriverErrorKind classify(Phase phase, int code, int domain, String message) {
    String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (AUTH.contains(code)) {
      return DriverErrorKind.AUTH_FAILED;
    }
    if (phase == Phase.CONNECT) {
      return classifyConnect(code);
    }
    if (isBrokenConnection(code, domain, text)) {
      return DriverErrorKind.CONNECTION_LOST;
    }
    if (phase == Phase.MIGRATE && isMissingStorage(code, text)) {
      return DriverErrorKind.NO_STORAGE;
    }
    return classifyCall(code, text);
  }

  private static DriverErrorKind classifyConnect(int code) {
    if (TRANSPORT.contains(code) || code == ERR_UNKNOWN_HOST || code == ERR_OPERATION_TIMEOUT) {
      return DriverErrorKind.UNREACHABLE;
    }
    if (code == ERR_NO_SUPPORT || code == ERR_INVALID_ARG) {
      return DriverErrorKind.INVALID_ARGUMENT;
    }
    return DriverErrorKind.OPERATION_FAILED;
  }

  private static boolean isBrokenConnection(int code, int domain, String text) {
    if (code == ERR_INVALID_CONN || code == ERR_NO_CONNECT) {
      return true;
    }
    boolean transport = domain == FROM_RPC || domain == FROM_REMOTE;
    return transport
        && (code == ERR_SYSTEM_ERROR
            || code == ERR_RPC
            || (code == ERR_INTERNAL && text.contains("client socket is closed")));
  }

  private static boolean isMissingStorage(int code, String text) {
    return code == ERR_NO_STORAGE_POOL
        || code == ERR_NO_STORAGE_VOL
        || text.contains("no such file or directory")
        || text.contains("no space left");
  }

  private static DriverErrorKind classifyCall(int code, String text) {
    if (NOT_FOUND.contains(code)) {
      return DriverErrorKind.NOT_FOUND;
    }
    if (EXISTS.contains(code)
        || (code == ERR_OPERATION_FAILED && text.contains("already exists"))) {
      return DriverErrorKind.ALREADY_EXISTS;
    }
    if (INVALID.contains(code)) {
      return DriverErrorKind.INVALID_ARGUMENT;
    }
    if (STATE.contains(code)) {
      return DriverErrorKind.INVALID_STATE;
    }
    if (BUSY.contains(code)) {
      return DriverErrorKind.BUSY;
    }
    if (UNSUPPORTED.contains(code)) {
      return DriverErrorKind.UNSUPPORTED;
    }
    if (code == ERR_OPERATION_ABORTED) {
      return DriverErrorKind.ABORTED;
    }
    return DriverErrorKind.OPERATION_FAILED;
  }
}
