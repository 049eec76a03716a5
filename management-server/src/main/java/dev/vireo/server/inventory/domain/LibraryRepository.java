package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** Library servers, shares and resources. Implementations join the caller's transaction. */
public interface LibraryRepository {
  Optional<LibraryServer> findServer(String id);

  Optional<LibraryServer> findServerByName(String name);

  Page<LibraryServer> listServers(Optional<String> nameContains, PageRequest page);

  Optional<LibraryShare> findShare(String id);

  Optional<LibraryShare> findShare(String serverId, String name);

  Optional<LibraryShare> findShareByPath(String serverId, String path);

  Page<LibraryShare> listShares(
      Optional<String> serverId, Optional<String> nameContains, PageRequest page);

  long countShares(String serverId);

  /** Names of up to {@code limit} library servers that log in with the Run As account. */
  java.util.List<String> serverNamesUsingRunAs(String runAsAccountId, int limit);

  Optional<LibraryResource> findResource(String id);

  Optional<LibraryResource> findResourceByPath(String shareId, String relativePath);

  Page<LibraryResource> listResources(
      Optional<String> shareId,
      Optional<LibraryResourceType> type,
      Optional<String> nameContains,
      PageRequest page);

  long countResources(String shareId);

  void add(LibraryServer server);

  void add(LibraryShare share);

  void add(LibraryResource resource);

  void remove(LibraryServer server);

  void remove(LibraryShare share);

  void remove(LibraryResource resource);
}
