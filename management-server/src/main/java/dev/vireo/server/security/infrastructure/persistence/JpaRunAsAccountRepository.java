package dev.vireo.server.security.infrastructure.persistence;

import dev.vireo.server.security.domain.RunAsAccount;
import dev.vireo.server.security.domain.RunAsAccountRepository;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRunAsAccountRepository implements RunAsAccountRepository {
  private static final Map<String, String> SORT =
      Map.of("name", "a.name", "userName", "a.userName");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<RunAsAccount> findById(String id) {
    return Optional.ofNullable(em.find(RunAsAccount.class, id));
  }

  @Override
  public Optional<RunAsAccount> findByName(String name) {
    return em.createQuery("SELECT a FROM RunAsAccount a WHERE a.name = :n", RunAsAccount.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<RunAsAccount> list(PageRequest page) {
    return JpaQueries.page(
        em, RunAsAccount.class, "RunAsAccount a", "a", new JpaQueries.Where(), page, SORT);
  }

  @Override
  public void add(RunAsAccount account) {
    em.persist(account);
  }

  @Override
  public void remove(RunAsAccount account) {
    em.remove(account);
  }
}
