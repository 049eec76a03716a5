package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.HostCluster;
import dev.vireo.server.inventory.domain.HostClusterRepository;
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
public class JpaHostClusterRepository implements HostClusterRepository {
  private static final Map<String, String> SORT =
      Map.of("name", "c.name", "createdAt", "c.createdAt");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<HostCluster> findById(String id) {
    return Optional.ofNullable(em.find(HostCluster.class, id));
  }

  @Override
  public Optional<HostCluster> findByName(String name) {
    return Persistence.findByName(em, HostCluster.class, name);
  }

  @Override
  public Page<HostCluster> list(
      InventoryScope scope,
      Optional<String> subtreePath,
      Optional<String> nameContains,
      PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.inReadableGroup(w, scope, "c");
    subtreePath.ifPresent(
        p ->
            w.and(
                "c.hostGroupId IN (SELECT fg.id FROM HostGroup fg WHERE fg.path LIKE :fpath)",
                "fpath",
                p + "%"));
    ScopePredicates.nameContains(w, "c.name", nameContains);
    return JpaQueries.page(em, HostCluster.class, "HostCluster c", "c", w, page, SORT);
  }

  @Override
  public java.util.List<HostCluster> inGroup(String hostGroupId) {
    return em.createQuery("SELECT c FROM HostCluster c WHERE c.hostGroupId = :g", HostCluster.class)
        .setParameter("g", hostGroupId)
        .getResultList();
  }

  @Override
  public void add(HostCluster cluster) {
    Persistence.persist(em, cluster, "host cluster", cluster.name());
  }

  @Override
  public void remove(HostCluster cluster) {
    Persistence.remove(em, cluster);
  }
}
