package dev.vireo.drivers.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A failed driver call. {@link #kind()} is what callers act on; {@link #hypervisorMessage()} keeps
 * the hypervisor's own text for operators, and {@link #hypervisorCode()} its error code (for
 * libvirt: {@code virErrorNumber}) when there is one.
 */
public class DriverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final DriverErrorKind kind;
  private final String hypervisorMessage;
  private final Integer hypervisorCode;

  public DriverException(DriverErrorKind kind, String message) {
    this(kind, message, message, null, null);
  }

  public DriverException(
      DriverErrorKind kind,
      String message,
      String hypervisorMessage,
      Integer hypervisorCode,
      Throwable cause) {
    super(kind + ": " + message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.hypervisorMessage = hypervisorMessage == null ? message : hypervisorMessage;
    this.hypervisorCode = hypervisorCode;
  }

  public DriverErrorKind kind() {
    return kind;
  }

  /** Whether retrying the same call later can succeed. */
  public boolean isTransient() {
    return kind.isTransient();
  }

  public String hypervisorMessage() {
    return hypervisorMessage;
  }

  public Optional<Integer> hypervisorCode() {
    return Optional.ofNullable(hypervisorCode);
  }
}
