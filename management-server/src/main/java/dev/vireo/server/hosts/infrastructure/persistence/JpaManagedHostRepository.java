package dev.vireo.server.hosts.infrastructure.persistence;

import dev.vireo.server.hosts.domain.ManagedHost;
import dev.vireo.server.hosts.domain.ManagedHostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaManagedHostRepository implements ManagedHostRepository {
  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<ManagedHost> findByHostId(String hostId) {
    return Optional.ofNullable(em.find(ManagedHost.class, hostId));
  }

  @Override
  public List<ManagedHost> all() {
    return em.createQuery("SELECT m FROM ManagedHost m ORDER BY m.hostId", ManagedHost.class)
        .getResultList();
  }

  @Override
  public void add(ManagedHost host) {
    em.persist(host);
    em.flush();
  }

  @Override
  public void remove(ManagedHost host) {
    em.remove(em.contains(host) ? host : em.merge(host));
    em.flush();
  }
}
