package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.Cloud;
import dev.vireo.server.inventory.domain.CloudRepository;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaCloudRepository implements CloudRepository {
  private static final Map<String, String> SORT =
      Map.of("name", "c.name", "createdAt", "c.createdAt");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<Cloud> findById(String id) {
    return Optional.ofNullable(em.find(Cloud.class, id));
  }

  @Override
  public Optional<Cloud> findByName(String name) {
    return Persistence.findByName(em, Cloud.class, name);
  }

  @Override
  public Page<Cloud> list(InventoryScope scope, Optional<String> nameContains, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.clouds(w, scope, "c");
    ScopePredicates.nameContains(w, "c.name", nameContains);
    return JpaQueries.page(em, Cloud.class, "Cloud c", "c", w, page, SORT);
  }

  @Override
  public long countUsingShare(String libraryShareId) {
    return em.createQuery(
            "SELECT COUNT(c) FROM Cloud c JOIN c.libraryShareIds s WHERE s = :s", Long.class)
        .setParameter("s", libraryShareId)
        .getSingleResult();
  }

  @Override
  public void add(Cloud cloud) {
    Persistence.persist(em, cloud, "cloud", cloud.name());
  }

  @Override
  public void remove(Cloud cloud) {
    Persistence.remove(em, cloud);
  }
}
