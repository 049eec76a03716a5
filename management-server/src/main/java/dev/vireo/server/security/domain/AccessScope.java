package dev.vireo.server.security.domain;

import java.util.Set;

/**
 * What one user may see and change, merged over all of the user's roles. Inventory queries turn it
 * into predicates, so paging and totals only ever count what the user may see.
 *
 * <p>Host groups are identified by their id; a scope over a host group covers its whole subtree
 * (inventory resolves the subtree through the host group's materialised path).
 *
 * @param userId the user
 * @param userName the user's login name
 * @param administrator whether the user holds an Administrator role (no restriction at all)
 * @param fabricReadHostGroups host groups whose subtree the user may read
 * @param fabricWriteHostGroups host groups whose subtree the user may change
 * @param readClouds clouds the user may read, with their VMs
 * @param manageAllVmClouds clouds in which the user manages every VM (Tenant Administrator)
 * @param selfServiceClouds clouds in which the user creates and manages its own VMs
 */
public record AccessScope(
    String userId,
    String userName,
    boolean administrator,
    Set<String> fabricReadHostGroups,
    Set<String> fabricWriteHostGroups,
    Set<String> readClouds,
    Set<String> manageAllVmClouds,
    Set<String> selfServiceClouds) {

  public AccessScope {
    fabricReadHostGroups = Set.copyOf(fabricReadHostGroups);
    fabricWriteHostGroups = Set.copyOf(fabricWriteHostGroups);
    readClouds = Set.copyOf(readClouds);
    manageAllVmClouds = Set.copyOf(manageAllVmClouds);
    selfServiceClouds = Set.copyOf(selfServiceClouds);
  }

  /** The scope of an Administrator, and of the server acting on its own (jobs, refresh). */
  public static AccessScope unrestricted(String userId, String userName) {
    return new AccessScope(
        userId, userName, true, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
  }

  /** Whether the user may see anything of the fabric (host groups, hosts) at all. */
  public boolean seesFabric() {
    return administrator || !fabricReadHostGroups.isEmpty();
  }

  /** Whether the user may change global objects: settings, security, library servers. */
  public boolean mayAdminister() {
    return administrator;
  }
}
