package dev.vireo.server.hosts.domain;

import dev.vireo.server.shared.domain.ErrorCode;
import dev.vireo.server.shared.domain.ErrorKind;

/** Error codes of host management; the catalogue is in {@code docs/design/host-management.md}. */
public enum HostsError implements ErrorCode {
  HOSTS_UNREACHABLE(ErrorKind.UNAVAILABLE, "The host cannot be reached"),
  HOSTS_ACCESS_DENIED(ErrorKind.RULE_VIOLATION, "The host refused the Run As account"),
  HOSTS_NO_DRIVER(ErrorKind.INVALID_INPUT, "No hypervisor driver serves this kind of host"),
  HOSTS_ALREADY_MANAGED(ErrorKind.CONFLICT, "A managed host already has this connection URI"),
  HOSTS_NOT_MANAGED(
      ErrorKind.RULE_VIOLATION, "The host was registered by hand and has no driver connection"),
  HOSTS_NO_STORAGE(ErrorKind.RULE_VIOLATION, "The target host lacks the storage the VM needs"),
  HOSTS_NO_TARGET(ErrorKind.RULE_VIOLATION, "No other responding host can take the VM"),
  HOSTS_VM_STATE(ErrorKind.RULE_VIOLATION, "The VM's state does not allow the operation"),
  HOSTS_DRIVER_FAILED(ErrorKind.RULE_VIOLATION, "The host refused or failed the operation");

  private final ErrorKind kind;
  private final String title;

  HostsError(ErrorKind kind, String title) {
    this.kind = kind;
    this.title = title;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public ErrorKind kind() {
    return kind;
  }

  @Override
  public String title() {
    return title;
  }
}
