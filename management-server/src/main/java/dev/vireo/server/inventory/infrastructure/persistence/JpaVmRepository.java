package dev.vireo.server.inventory.infrastructure.persistence;

import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmFootprint;
import dev.vireo.server.inventory.domain.VmPlacement;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaVmRepository implements VmRepository {
  private static final Map<String, String> SORT =
      Map.of(
          "name", "v.name",
          "status", "v.status",
          "vcpu", "v.vcpu",
          "memoryMb", "v.memoryMb",
          "storageBytes", "v.storageBytes",
          "createdAt", "v.createdAt");
  private static final Map<String, String> PLACEMENT_SORT = Map.of("at", "p.placedAt");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<Vm> findById(String id) {
    return Optional.ofNullable(em.find(Vm.class, id));
  }

  @Override
  public Optional<Vm> findOnHostByName(String hostId, String name) {
    return em.createQuery("SELECT v FROM Vm v WHERE v.hostId = :h AND LOWER(v.name) = :n", Vm.class)
        .setParameter("h", hostId)
        .setParameter("n", name.toLowerCase(java.util.Locale.ROOT))
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Vm> findOnHostByHypervisorId(String hostId, String hypervisorId) {
    return em.createQuery(
            "SELECT v FROM Vm v WHERE v.hostId = :h AND v.hypervisorId = :x", Vm.class)
        .setParameter("h", hostId)
        .setParameter("x", hypervisorId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Vm> list(InventoryScope scope, Filter f, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where();
    ScopePredicates.vms(w, scope, "v");
    f.hostGroupSubtreePath()
        .ifPresent(
            p ->
                w.and(
                    "v.hostId IN (SELECT fh.id FROM Host fh, HostGroup fg"
                        + " WHERE fh.hostGroupId = fg.id AND fg.path LIKE :fpath)",
                    "fpath",
                    p + "%"));
    f.hostId().ifPresent(h -> w.and("v.hostId = :host", "host", h));
    f.cloudId().ifPresent(c -> w.and("v.cloudId = :cloud", "cloud", c));
    f.status().ifPresent(s -> w.and("v.status = :status", "status", s));
    f.ownerUserId().ifPresent(o -> w.and("v.ownerUserId = :owner", "owner", o));
    ScopePredicates.nameContains(w, "v.name", f.nameContains());
    return JpaQueries.page(
        em, Vm.class, "Vm v", "v", w, page, SORT, JpaVmRepository::fetchHardwareInBatches);
  }

  /** Loads the disks and NICs of a whole page with one IN query each, not two queries per VM. */
  private static void fetchHardwareInBatches(TypedQuery<Vm> q) {
    q.setHint("eclipselink.batch.type", "IN");
    q.setHint("eclipselink.batch", "v.disks");
    q.setHint("eclipselink.batch", "v.nics");
  }

  @Override
  public List<Vm> onHost(String hostId) {
    return em.createQuery("SELECT v FROM Vm v WHERE v.hostId = :h", Vm.class)
        .setParameter("h", hostId)
        .getResultList();
  }

  @Override
  public VmFootprint usageOf(String cloudId) {
    Object[] r =
        em.createQuery(
                "SELECT COUNT(v), SUM(v.vcpu), SUM(v.memoryMb), SUM(v.storageBytes) FROM Vm v"
                    + " WHERE v.cloudId = :c",
                Object[].class)
            .setParameter("c", cloudId)
            .getSingleResult();
    return new VmFootprint(num(r[0]), num(r[1]), num(r[2]), num(r[3]));
  }

  private static long num(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  @Override
  public long countInCloudOutside(String cloudId, Collection<String> groupPaths) {
    StringBuilder inside = new StringBuilder("h.id IS NULL");
    List<String> paths = groupPaths.stream().sorted().toList();
    for (int i = 0; i < paths.size(); i++) {
      inside.append(" OR g.path LIKE :gp").append(i);
    }
    TypedQuery<Long> q =
        em.createQuery(
                "SELECT COUNT(v) FROM Vm v, Host h, HostGroup g WHERE v.cloudId = :c"
                    + " AND v.hostId = h.id AND h.hostGroupId = g.id AND NOT ("
                    + inside
                    + ")",
                Long.class)
            .setParameter("c", cloudId);
    for (int i = 0; i < paths.size(); i++) {
      q.setParameter("gp" + i, paths.get(i) + "%");
    }
    return q.getSingleResult();
  }

  @Override
  public void add(Vm vm) {
    Persistence.persist(em, vm, "virtual machine", vm.name(), " on this host");
  }

  @Override
  public void remove(Vm vm) {
    Persistence.remove(em, vm);
  }

  @Override
  public void addPlacement(VmPlacement placement) {
    em.persist(placement);
  }

  @Override
  public Page<VmPlacement> placements(String vmId, PageRequest page) {
    JpaQueries.Where w = new JpaQueries.Where().and("p.vmId = :vm", "vm", vmId);
    return JpaQueries.page(em, VmPlacement.class, "VmPlacement p", "p", w, page, PLACEMENT_SORT);
  }
}
