package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.LibraryRepository;
import dev.vireo.server.inventory.domain.LibraryResource;
import dev.vireo.server.inventory.domain.LibraryResourceType;
import dev.vireo.server.inventory.domain.LibraryServer;
import dev.vireo.server.inventory.domain.LibraryShare;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Library objects are readable by every signed-in user, so their lists carry no scope. */
@ApplicationScoped
public class JpaLibraryRepository implements LibraryRepository {
  private static final Map<String, String> SERVER_SORT =
      Map.of("name", "s.name", "address", "s.address", "status", "s.status");
  private static final Map<String, String> SHARE_SORT = Map.of("name", "s.name", "path", "s.path");
  private static final Map<String, String> RESOURCE_SORT =
      Map.of(
          "name",
          "r.name",
          "relativePath",
          "r.relativePath",
          "type",
          "r.type",
          "sizeBytes",
          "r.sizeBytes");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<LibraryServer> findServer(String id) {
    return Optional.ofNullable(em.find(LibraryServer.class, id));
  }

  @Override
  public Optional<LibraryServer> findServerByName(String name) {
    return Persistence.findByName(em, LibraryServer.class, name);
  }

  @Override
  public Page<LibraryServer> listServers(Optional<String> nameContains, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.nameContains(w, "s.name", nameContains);
    return JpaQueries.page(em, LibraryServer.class, "LibraryServer s", "s", w, page, SERVER_SORT);
  }

  @Override
  public List<String> serverNamesUsingRunAs(String runAsAccountId, int limit) {
    return em.createQuery(
            "SELECT s.name FROM LibraryServer s WHERE s.runAsAccountId = :r ORDER BY s.name",
            String.class)
        .setParameter("r", runAsAccountId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<LibraryShare> findShare(String id) {
    return Optional.ofNullable(em.find(LibraryShare.class, id));
  }

  @Override
  public Optional<LibraryShare> findShare(String serverId, String name) {
    return em.createQuery(
            "SELECT s FROM LibraryShare s WHERE s.libraryServerId = :srv AND LOWER(s.name) = :n",
            LibraryShare.class)
        .setParameter("srv", serverId)
        .setParameter("n", name.toLowerCase(Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LibraryShare> findShareByPath(String serverId, String path) {
    return em.createQuery(
            "SELECT s FROM LibraryShare s WHERE s.libraryServerId = :srv AND s.path = :p",
            LibraryShare.class)
        .setParameter("srv", serverId)
        .setParameter("p", path)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<LibraryShare> listShares(
      Optional<String> serverId, Optional<String> nameContains, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    serverId.ifPresent(s -> w.and("s.libraryServerId = :srv", "srv", s));
    ScopePredicates.nameContains(w, "s.name", nameContains);
    return JpaQueries.page(em, LibraryShare.class, "LibraryShare s", "s", w, page, SHARE_SORT);
  }

  @Override
  public long countShares(String serverId) {
    return em.createQuery(
            "SELECT COUNT(s) FROM LibraryShare s WHERE s.libraryServerId = :srv", Long.class)
        .setParameter("srv", serverId)
        .getSingleResult();
  }

  @Override
  public Optional<LibraryResource> findResource(String id) {
    return Optional.ofNullable(em.find(LibraryResource.class, id));
  }

  @Override
  public Optional<LibraryResource> findResourceByPath(String shareId, String relativePath) {
    return em.createQuery(
            "SELECT r FROM LibraryResource r WHERE r.libraryShareId = :s AND r.relativePath = :p",
            LibraryResource.class)
        .setParameter("s", shareId)
        .setParameter("p", relativePath)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<LibraryResource> listResources(
      Optional<String> shareId,
      Optional<LibraryResourceType> type,
      Optional<String> nameContains,
      PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    shareId.ifPresent(s -> w.and("r.libraryShareId = :share", "share", s));
    type.ifPresent(t -> w.and("r.type = :type", "type", t));
    ScopePredicates.nameContains(w, "r.name", nameContains);
    return JpaQueries.page(
        em, LibraryResource.class, "LibraryResource r", "r", w, page, RESOURCE_SORT);
  }

  @Override
  public long countResources(String shareId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM LibraryResource r WHERE r.libraryShareId = :s", Long.class)
        .setParameter("s", shareId)
        .getSingleResult();
  }

  @Override
  public void add(LibraryServer server) {
    Persistence.persist(em, server, "library server", server.name());
  }

  @Override
  public void add(LibraryShare share) {
    Persistence.persist(
        em,
        share,
        "library share",
        share.name(),
        " on this library server (or its path is shared already)");
  }

  @Override
  public void add(LibraryResource resource) {
    Persistence.persist(
        em, resource, "library resource", resource.relativePath(), " in this share");
  }

  @Override
  public void remove(LibraryServer server) {
    Persistence.remove(em, server);
  }

  @Override
  public void remove(LibraryShare share) {
    Persistence.remove(em, share);
  }

  @Override
  public void remove(LibraryResource resource) {
    Persistence.remove(em, resource);
  }
}
