package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaHostGroupRepository implements HostGroupRepository {
  private static final Map<String, String> SORT =
      Map.of("name", "g.name", "depth", "g.depth", "path", "g.path", "createdAt", "g.createdAt");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<HostGroup> findById(String id) {
    return Optional.ofNullable(em.find(HostGroup.class, id));
  }

  @Override
  public Map<String, String> pathsOf(Collection<String> ids) {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    em.createQuery("SELECT g.id, g.path FROM HostGroup g WHERE g.id IN :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> out.put((String) r[0], (String) r[1]));
    return out;
  }

  @Override
  public Optional<HostGroup> findChild(String parentId, String name) {
    return em.createQuery(
            "SELECT g FROM HostGroup g WHERE g.parentId = :p AND LOWER(g.name) = :n",
            HostGroup.class)
        .setParameter("p", parentId)
        .setParameter("n", name.toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<HostGroup> descendantsOf(HostGroup group) {
    return em.createQuery(
            "SELECT g FROM HostGroup g WHERE g.path LIKE :p AND g.id <> :id ORDER BY g.depth DESC",
            HostGroup.class)
        .setParameter("p", group.path() + "%")
        .setParameter("id", group.id())
        .getResultList();
  }

  @Override
  public Page<HostGroup> list(
      InventoryScope scope,
      Optional<String> parentId,
      Optional<String> nameContains,
      PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.hostGroups(w, scope, "g");
    parentId.ifPresent(p -> w.and("g.parentId = :parent", "parent", p));
    ScopePredicates.nameContains(w, "g.name", nameContains);
    return JpaQueries.page(em, HostGroup.class, "HostGroup g", "g", w, page, SORT);
  }

  @Override
  public long countHostsAndClustersIn(HostGroup group) {
    long hosts =
        em.createQuery(
                "SELECT COUNT(h) FROM Host h, HostGroup g WHERE h.hostGroupId = g.id AND g.path LIKE :p",
                Long.class)
            .setParameter("p", group.path() + "%")
            .getSingleResult();
    long clusters =
        em.createQuery(
                "SELECT COUNT(c) FROM HostCluster c, HostGroup g WHERE c.hostGroupId = g.id AND g.path LIKE :p",
                Long.class)
            .setParameter("p", group.path() + "%")
            .getSingleResult();
    return hosts + clusters;
  }

  @Override
  public List<String> cloudsScopedTo(HostGroup group) {
    return em.createQuery(
            "SELECT DISTINCT c.name FROM Cloud c JOIN c.hostGroupIds hg, HostGroup g"
                + " WHERE hg = g.id AND g.path LIKE :p",
            String.class)
        .setParameter("p", group.path() + "%")
        .getResultList();
  }

  @Override
  public void add(HostGroup group) {
    Persistence.persist(em, group, "host group", group.name());
  }

  @Override
  public void remove(HostGroup group) {
    Persistence.remove(em, group);
  }
}
