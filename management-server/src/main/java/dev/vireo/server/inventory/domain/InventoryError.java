package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.ErrorCode;
import dev.vireo.server.shared.domain.ErrorKind;

/** Error codes of the inventory context; the catalogue is in {@code docs/design/inventory.md}. */
public enum InventoryError implements ErrorCode {
  INVENTORY_HOST_GROUP_NOT_FOUND(ErrorKind.NOT_FOUND, "The host group does not exist"),
  INVENTORY_HOST_NOT_FOUND(ErrorKind.NOT_FOUND, "The host does not exist"),
  INVENTORY_HOST_CLUSTER_NOT_FOUND(ErrorKind.NOT_FOUND, "The host cluster does not exist"),
  INVENTORY_VM_NOT_FOUND(ErrorKind.NOT_FOUND, "The virtual machine does not exist"),
  INVENTORY_CLOUD_NOT_FOUND(ErrorKind.NOT_FOUND, "The cloud does not exist"),
  INVENTORY_LIBRARY_SERVER_NOT_FOUND(ErrorKind.NOT_FOUND, "The library server does not exist"),
  INVENTORY_LIBRARY_SHARE_NOT_FOUND(ErrorKind.NOT_FOUND, "The library share does not exist"),
  INVENTORY_LIBRARY_RESOURCE_NOT_FOUND(ErrorKind.NOT_FOUND, "The library resource does not exist"),
  INVENTORY_HARDWARE_PROFILE_NOT_FOUND(ErrorKind.NOT_FOUND, "The hardware profile does not exist"),
  INVENTORY_VM_TEMPLATE_NOT_FOUND(ErrorKind.NOT_FOUND, "The VM template does not exist"),
  INVENTORY_REFERENCE_NOT_FOUND(
      ErrorKind.RULE_VIOLATION, "The request refers to an object that does not exist"),
  INVENTORY_DUPLICATE_NAME(ErrorKind.CONFLICT, "An object with this name already exists here"),
  INVENTORY_ACCESS_DENIED(
      ErrorKind.FORBIDDEN, "The object is outside the part of the inventory you may change"),
  INVENTORY_HOST_GROUP_NOT_EMPTY(ErrorKind.RULE_VIOLATION, "The host group is not empty"),
  INVENTORY_ROOT_HOST_GROUP(ErrorKind.RULE_VIOLATION, "The root host group cannot be changed so"),
  INVENTORY_MOVE_INTO_OWN_SUBTREE(
      ErrorKind.RULE_VIOLATION, "A host group cannot move into its own subtree"),
  INVENTORY_TREE_TOO_DEEP(ErrorKind.RULE_VIOLATION, "The host group tree would be too deep"),
  INVENTORY_NOT_EMPTY(ErrorKind.RULE_VIOLATION, "The object still contains other objects"),
  INVENTORY_IN_USE(ErrorKind.RULE_VIOLATION, "The object is still used by other objects"),
  INVENTORY_HOST_OUTSIDE_CLUSTER(
      ErrorKind.RULE_VIOLATION, "The host is outside the cluster's host group"),
  INVENTORY_HOST_OUTSIDE_CLOUD(ErrorKind.RULE_VIOLATION, "The host is outside the cloud's scope"),
  INVENTORY_QUOTA_EXCEEDED(
      ErrorKind.RULE_VIOLATION, "The cloud's capacity quota would be exceeded"),
  INVENTORY_QUOTA_BELOW_USAGE(
      ErrorKind.RULE_VIOLATION, "The quota is lower than what the cloud already uses"),
  INVENTORY_PATH_ESCAPES_SHARE(
      ErrorKind.INVALID_INPUT, "The path is not a plain relative path inside the share"),
  INVENTORY_INVALID_SHARE_PATH(
      ErrorKind.INVALID_INPUT, "The share path is not a clean absolute path"),
  INVENTORY_WRONG_RESOURCE_TYPE(
      ErrorKind.RULE_VIOLATION, "The library resource is not of the required type"),
  INVENTORY_VM_STATE(ErrorKind.RULE_VIOLATION, "The virtual machine's state does not allow this");

  private final ErrorKind kind;
  private final String title;

  InventoryError(ErrorKind kind, String title) {
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
