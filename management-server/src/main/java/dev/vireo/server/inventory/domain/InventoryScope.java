package dev.vireo.server.inventory.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What one caller may see and change in the inventory, with host-group scopes already resolved to
 * materialised paths. The same sets drive the repositories' query predicates, so lists, totals and
 * single reads agree.
 *
 * <ul>
 *   <li>Administrator: everything.
 *   <li>Host groups, hosts, clusters: readable inside {@code readPaths}, writable inside {@code
 *       writePaths} (a subtree each).
 *   <li>VMs: readable when on a host of a readable group, or in a cloud where the caller sees all
 *       VMs ({@link #allVmClouds}), or owned by the caller in one of its self-service clouds;
 *       writable when on a host of a writable group, in a {@code manageAllVmClouds} cloud, or owned
 *       by the caller in a self-service cloud.
 *   <li>Clouds: readable when in {@code readClouds}; writable by a Fabric Administrator whose cloud
 *       scope holds the cloud and whose host-group write scope covers all of the cloud's host
 *       groups.
 * </ul>
 *
 * @param administrator no restriction at all
 * @param userId the caller, owner of self-service VMs
 * @param readPaths paths of the host groups whose subtree the caller reads
 * @param writePaths paths of the host groups whose subtree the caller changes
 * @param readClouds clouds the caller reads
 * @param manageAllVmClouds clouds in which the caller manages every VM
 * @param selfServiceClouds clouds in which the caller creates and manages its own VMs
 */
public record InventoryScope(
    boolean administrator,
    String userId,
    Set<String> readPaths,
    Set<String> writePaths,
    Set<String> readClouds,
    Set<String> manageAllVmClouds,
    Set<String> selfServiceClouds) {

  public InventoryScope {
    readPaths = Set.copyOf(readPaths);
    writePaths = Set.copyOf(writePaths);
    readClouds = Set.copyOf(readClouds);
    manageAllVmClouds = Set.copyOf(manageAllVmClouds);
    selfServiceClouds = Set.copyOf(selfServiceClouds);
  }

  public static InventoryScope unrestricted(String userId) {
    return new InventoryScope(true, userId, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * Clouds in which the caller sees every VM: its manage-all clouds and the clouds it reads for
   * another reason than self-service (a self-service member sees only its own VMs there).
   */
  public Set<String> allVmClouds() {
    Set<String> s = new HashSet<>(readClouds);
    s.removeAll(selfServiceClouds);
    s.addAll(manageAllVmClouds);
    return Set.copyOf(s);
  }

  public boolean mayReadGroup(String path) {
    return administrator || within(path, readPaths);
  }

  public boolean mayWriteGroup(String path) {
    return administrator || within(path, writePaths);
  }

  /** Whether the caller sees the host-group tree at all. */
  public boolean seesFabric() {
    return administrator || !readPaths.isEmpty();
  }

  public boolean mayReadCloud(String cloudId) {
    return administrator || readClouds.contains(cloudId);
  }

  /**
   * @param cloudGroupPaths the paths of the cloud's host groups
   */
  public boolean mayWriteCloud(String cloudId, Collection<String> cloudGroupPaths) {
    return administrator
        || (manageAllVmClouds.contains(cloudId)
            && !writePaths.isEmpty()
            && cloudGroupPaths.stream().allMatch(p -> within(p, writePaths)));
  }

  /** Whether the caller may create clouds, delete them or change their scope. */
  public boolean mayAdministerClouds() {
    return administrator;
  }

  /**
   * @param hostGroupPath the path of the VM's host's group, empty when the VM has no host
   */
  public boolean mayReadVm(
      Optional<String> hostGroupPath, Optional<String> cloudId, Optional<String> owner) {
    return administrator
        || hostGroupPath.map(this::mayReadGroup).orElse(false)
        || cloudId.map(allVmClouds()::contains).orElse(false)
        || ownsInSelfService(cloudId, owner);
  }

  public boolean mayWriteVm(
      Optional<String> hostGroupPath, Optional<String> cloudId, Optional<String> owner) {
    return administrator
        || hostGroupPath.map(this::mayWriteGroup).orElse(false)
        || cloudId.map(manageAllVmClouds::contains).orElse(false)
        || ownsInSelfService(cloudId, owner);
  }

  private boolean ownsInSelfService(Optional<String> cloudId, Optional<String> owner) {
    return owner.map(userId::equals).orElse(false)
        && cloudId.map(selfServiceClouds::contains).orElse(false);
  }

  /**
   * Whether the caller creates VMs only as self-service (owner forced to the caller): it has no
   * fabric write scope and does not manage all VMs of the target cloud.
   */
  public boolean selfServiceOnly(Optional<String> cloudId) {
    return !administrator
        && cloudId
            .map(c -> selfServiceClouds.contains(c) && !manageAllVmClouds.contains(c))
            .orElse(false);
  }

  private static boolean within(String path, Set<String> roots) {
    for (String r : roots) {
      if (path.startsWith(r)) {
        return true;
      }
    }
    return false;
  }
}
