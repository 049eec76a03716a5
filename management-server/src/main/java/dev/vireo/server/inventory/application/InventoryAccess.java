package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Resolves the caller's {@link AccessScope} into an {@link InventoryScope} (host-group ids become
 * materialised paths) and answers the two questions every use case asks: may the caller see this
 * (else 404, so existence does not leak) and may it change it (else 403).
 */
@ApplicationScoped
public class InventoryAccess {
  @Inject CallerContext caller;
  @Inject HostGroupRepository groups;

  /** The scope of the current caller (a user, or the server acting on its own). */
  public InventoryScope current() {
    return scopeOf(caller.scope());
  }

  /** {@code s} with host-group ids resolved to materialised paths. */
  public InventoryScope scopeOf(AccessScope s) {
    if (s.administrator()) {
      return InventoryScope.unrestricted(s.userId());
    }
    Map<String, String> read = groups.pathsOf(s.fabricReadHostGroups());
    Map<String, String> write = groups.pathsOf(s.fabricWriteHostGroups());
    Set<String> readPaths = new HashSet<>(read.values());
    readPaths.addAll(write.values());
    return new InventoryScope(
        false,
        s.userId(),
        readPaths,
        Set.copyOf(write.values()),
        s.readClouds(),
        s.manageAllVmClouds(),
        s.selfServiceClouds());
  }

  /** The caller's name for history records. */
  public String callerName() {
    return caller.name();
  }

  /**
   * Throws the not-found error unless {@code visible}, then 403 unless {@code writable}.
   *
   * @param what how the object is named in the 403 message, e.g. "host 'kvm1'"
   */
  public static void requireWrite(
      boolean visible, boolean writable, Supplier<DomainException> notFound, String what) {
    if (!visible) {
      throw notFound.get();
    }
    if (!writable) {
      throw InventoryErrors.denied(what);
    }
  }

  /** Throws 403 unless the caller is an Administrator (library, templates, profiles). */
  public void requireAdministrator(String what) {
    if (!current().administrator()) {
      throw new DomainException(
          CommonError.FORBIDDEN, "Only Administrators may change " + what + ".");
    }
  }
}
