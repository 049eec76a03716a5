package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.CloudRepository;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.LibraryPaths;
import dev.vireo.server.inventory.domain.LibraryRepository;
import dev.vireo.server.inventory.domain.LibraryResource;
import dev.vireo.server.inventory.domain.LibraryResourceType;
import dev.vireo.server.inventory.domain.LibraryServer;
import dev.vireo.server.inventory.domain.LibraryShare;
import dev.vireo.server.inventory.domain.TemplateRepository;
import dev.vireo.server.security.domain.RunAsAccountRepository;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Library servers, shares and resources. Every signed-in user reads them (a self-service user picks
 * ISOs and templates from them); only Administrators change them.
 */
@ApplicationScoped
@Transactional
public class LibraryService {
  @Inject LibraryRepository library;
  @Inject CloudRepository clouds;
  @Inject TemplateRepository templates;
  @Inject RunAsAccountRepository runAsAccounts;
  @Inject InventoryAccess access;

  // ---- servers

  public LibraryServer addServer(
      String name, String description, String address, Optional<String> runAsAccountId) {
    access.requireAdministrator("library servers");
    LibraryServer s = LibraryServer.add(name, description, address, runAsAccountId);
    requireRunAs(runAsAccountId);
    requireFreeServerName(name, null);
    library.add(s);
    return s;
  }

  public LibraryServer server(String id) {
    access.current();
    return library
        .findServer(id)
        .orElseThrow(
            () ->
                InventoryErrors.notFound(
                    InventoryError.INVENTORY_LIBRARY_SERVER_NOT_FOUND, "library server", id));
  }

  public Page<LibraryServer> servers(Optional<String> nameContains, PageRequest page) {
    access.current();
    return library.listServers(nameContains, page);
  }

  public LibraryServer updateServer(
      String id,
      long expectedVersion,
      Optional<String> name,
      Optional<String> description,
      Optional<String> address,
      Optional<String> runAsAccountId) {
    access.requireAdministrator("library servers");
    LibraryServer s = server(id);
    Versions.check(expectedVersion, s.version());
    name.ifPresent(n -> requireFreeServerName(n, s.id()));
    requireRunAs(runAsAccountId);
    s.describe(
        name.orElse(s.name()),
        description.orElse(s.description()),
        address.orElse(s.address()),
        runAsAccountId.or(s::runAsAccountId));
    return s;
  }

  public void removeServer(String id, long expectedVersion) {
    access.requireAdministrator("library servers");
    LibraryServer s = server(id);
    Versions.check(expectedVersion, s.version());
    long n = library.countShares(s.id());
    if (n > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_NOT_EMPTY,
          "Library server '" + s.name() + "' still has " + n + " share(s); remove them first.");
    }
    library.remove(s);
  }

  // ---- shares

  public LibraryShare addShare(String serverId, String name, String description, String path) {
    access.requireAdministrator("library shares");
    Validation.start().requireText(serverId, "libraryServerId").throwIfInvalid();
    LibraryServer server =
        library
            .findServer(serverId)
            .orElseThrow(
                () ->
                    InventoryErrors.missingReference(
                        "libraryServerId", "library server", serverId));
    LibraryShare share = LibraryShare.create(server, name, description, path);
    requireFreeShare(server.id(), share.name(), share.path(), null);
    library.add(share);
    return share;
  }

  public LibraryShare share(String id) {
    access.current();
    return library
        .findShare(id)
        .orElseThrow(
            () ->
                InventoryErrors.notFound(
                    InventoryError.INVENTORY_LIBRARY_SHARE_NOT_FOUND, "library share", id));
  }

  public Page<LibraryShare> shares(
      Optional<String> serverId, Optional<String> nameContains, PageRequest page) {
    access.current();
    return library.listShares(serverId, nameContains, page);
  }

  public LibraryShare updateShare(
      String id,
      long expectedVersion,
      Optional<String> name,
      Optional<String> description,
      Optional<String> path) {
    access.requireAdministrator("library shares");
    LibraryShare share = share(id);
    Versions.check(expectedVersion, share.version());
    String newName = name.orElse(share.name());
    String newPath = path.map(LibraryPaths::requireSharePath).orElse(share.path());
    requireFreeShare(share.libraryServerId(), newName, newPath, share.id());
    share.describe(newName, description.orElse(share.description()), newPath);
    return share;
  }

  public void removeShare(String id, long expectedVersion) {
    access.requireAdministrator("library shares");
    LibraryShare share = share(id);
    Versions.check(expectedVersion, share.version());
    long n = library.countResources(share.id());
    if (n > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_NOT_EMPTY,
          "Library share '"
              + share.name()
              + "' still has "
              + n
              + " resource(s); remove them first.");
    }
    if (clouds.countUsingShare(share.id()) > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_IN_USE,
          "Library share '"
              + share.name()
              + "' is in the scope of a cloud; change the cloud first.");
    }
    library.remove(share);
  }

  // ---- resources

  public LibraryResource addResource(
      String shareId, String relativePath, LibraryResource.Facts facts) {
    access.requireAdministrator("library resources");
    Validation.start().requireText(shareId, "libraryShareId").throwIfInvalid();
    LibraryShare share =
        library
            .findShare(shareId)
            .orElseThrow(
                () -> InventoryErrors.missingReference("libraryShareId", "library share", shareId));
    LibraryResource r = LibraryResource.create(share, relativePath, facts);
    requireFreePath(share.id(), r.relativePath(), null);
    library.add(r);
    return r;
  }

  public LibraryResource resource(String id) {
    access.current();
    return library
        .findResource(id)
        .orElseThrow(
            () ->
                InventoryErrors.notFound(
                    InventoryError.INVENTORY_LIBRARY_RESOURCE_NOT_FOUND, "library resource", id));
  }

  public Page<LibraryResource> resources(
      Optional<String> shareId,
      Optional<LibraryResourceType> type,
      Optional<String> nameContains,
      PageRequest page) {
    access.current();
    return library.listResources(shareId, type, nameContains, page);
  }

  public LibraryResource updateResource(
      String id,
      long expectedVersion,
      Optional<String> relativePath,
      LibraryResource.Facts changes) {
    access.requireAdministrator("library resources");
    LibraryResource r = resource(id);
    Versions.check(expectedVersion, r.version());
    String newPath = relativePath.map(LibraryPaths::requireRelativePath).orElse(r.relativePath());
    requireFreePath(r.libraryShareId(), newPath, r.id());
    r.update(newPath, changes);
    return r;
  }

  public void removeResource(String id, long expectedVersion) {
    access.requireAdministrator("library resources");
    LibraryResource r = resource(id);
    Versions.check(expectedVersion, r.version());
    if (templates.countTemplatesUsingResource(r.id()) > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_IN_USE,
          "Library resource '"
              + r.name()
              + "' is the disk of a VM template; change the template first.");
    }
    library.remove(r);
  }

  private void requireRunAs(Optional<String> runAsId) {
    runAsId
        .filter(id -> runAsAccounts.findById(id).isEmpty())
        .ifPresent(
            id -> {
              throw InventoryErrors.missingReference("runAsAccountId", "Run As account", id);
            });
  }

  private void requireFreeServerName(String name, String self) {
    InventoryErrors.requireFree(
        library.findServerByName(name),
        self,
        o -> InventoryErrors.duplicate("library server", name, ""));
  }

  private void requireFreeShare(String serverId, String name, String path, String self) {
    InventoryErrors.requireFree(
        library.findShare(serverId, name),
        self,
        o -> InventoryErrors.duplicate("library share", name, " on this library server"));
    InventoryErrors.requireFree(
        library.findShareByPath(serverId, path),
        self,
        o ->
            InventoryErrors.duplicate(
                "library share", o.name(), " with path " + path + " on this library server"));
  }

  private void requireFreePath(String shareId, String relativePath, String self) {
    InventoryErrors.requireFree(
        library.findResourceByPath(shareId, relativePath),
        self,
        o ->
            InventoryErrors.duplicate(
                "library resource", o.name(), " at " + relativePath + " in this share"));
  }
}
