package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.HostStatus;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaHostRepository implements HostRepository {
  private static final Map<String, String> SORT =
      Map.of(
          "name", "h.name",
          "address", "h.address",
          "status", "h.status",
          "hypervisorKind", "h.hypervisorKind",
          "cpuCores", "h.cpuCores",
          "memoryBytes", "h.memoryBytes",
          "createdAt", "h.createdAt");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<Host> findById(String id) {
    return Optional.ofNullable(em.find(Host.class, id));
  }

  @Override
  public Optional<Host> findByName(String name) {
    return Persistence.findByName(em, Host.class, name);
  }

  @Override
  public Page<Host> list(InventoryScope scope, Filter f, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.inReadableGroup(w, scope, "h");
    f.hostGroupSubtreePath()
        .ifPresent(
            p ->
                w.and(
                    "h.hostGroupId IN (SELECT fg.id FROM HostGroup fg WHERE fg.path LIKE :fpath)",
                    "fpath",
                    p + "%"));
    f.status().ifPresent(s -> w.and("h.status = :status", "status", s));
    f.clusterId().ifPresent(c -> w.and("h.clusterId = :cluster", "cluster", c));
    ScopePredicates.nameContains(w, "h.name", f.nameContains());
    return JpaQueries.page(em, Host.class, "Host h", "h", w, page, SORT);
  }

  @Override
  public List<Host> inCluster(String clusterId) {
    return em.createQuery("SELECT h FROM Host h WHERE h.clusterId = :c", Host.class)
        .setParameter("c", clusterId)
        .getResultList();
  }

  @Override
  public List<Host> inGroup(String hostGroupId) {
    return em.createQuery("SELECT h FROM Host h WHERE h.hostGroupId = :g", Host.class)
        .setParameter("g", hostGroupId)
        .getResultList();
  }

  @Override
  public Optional<Host> firstAvailableIn(java.util.Collection<String> groupPaths) {
    if (groupPaths.isEmpty()) {
      return Optional.empty();
    }
    JpaQueries.Where w = new JpaQueries.Where();
    String inside = ScopePredicates.anyPrefix("g.path", java.util.Set.copyOf(groupPaths), w, "gp");
    List<String> paths = java.util.Set.copyOf(groupPaths).stream().sorted().toList();
    jakarta.persistence.TypedQuery<Host> q =
        em.createQuery(
                "SELECT h FROM Host h, HostGroup g WHERE h.hostGroupId = g.id AND h.status IN :ok AND "
                    + inside
                    + " ORDER BY h.name, h.id",
                Host.class)
            .setParameter("ok", List.of(HostStatus.RESPONDING, HostStatus.NEEDS_ATTENTION))
            .setMaxResults(1);
    for (int i = 0; i < paths.size(); i++) {
      q.setParameter("gp" + i, paths.get(i) + "%");
    }
    return q.getResultStream().findFirst();
  }

  @Override
  public long countVmsOn(String hostId) {
    return em.createQuery("SELECT COUNT(v) FROM Vm v WHERE v.hostId = :h", Long.class)
        .setParameter("h", hostId)
        .getSingleResult();
  }

  @Override
  public List<String> namesUsingRunAs(String runAsAccountId, int limit) {
    return em.createQuery(
            "SELECT h.name FROM Host h WHERE h.runAsAccountId = :r ORDER BY h.name", String.class)
        .setParameter("r", runAsAccountId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(Host host) {
    Persistence.persist(em, host, "host", host.name());
  }

  @Override
  public void remove(Host host) {
    Persistence.remove(em, host);
  }
}
