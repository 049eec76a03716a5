package dev.vireo.server.security.domain;

/**
 * The kinds of user role, as in System Center VMM. A profile fixes what members may do; the role's
 * scope fixes where.
 */
public enum RoleProfile {
  /** Everything, everywhere, including security and settings. Not scoped. */
  ADMINISTRATOR(true, true),
  /**
   * Full control of the fabric (hosts, clusters, VMs, host groups below the scope roots) inside its
   * host-group scope, and of the clouds built on them; no security or global settings.
   */
  FABRIC_ADMINISTRATOR(false, true),
  /** Reads everything inside its host-group and cloud scope; changes nothing. */
  READ_ONLY_ADMINISTRATOR(false, false),
  /** Manages all VMs in the clouds of its scope, and reads those clouds. */
  TENANT_ADMINISTRATOR(false, true),
  /** Self-service: creates and manages its own VMs in the clouds of its scope, within quota. */
  APPLICATION_ADMINISTRATOR(false, true);

  private final boolean unrestricted;
  private final boolean mayWrite;

  RoleProfile(boolean unrestricted, boolean mayWrite) {
    this.unrestricted = unrestricted;
    this.mayWrite = mayWrite;
  }

  public boolean unrestricted() {
    return unrestricted;
  }

  public boolean mayWrite() {
    return mayWrite;
  }
}
