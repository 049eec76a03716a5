package dev.vireo.server.security.infrastructure.persistence;

import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserAccountRepository;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {
  private static final Map<String, String> SORT =
      Map.of("name", "u.name", "displayName", "u.displayName");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<UserAccount> findById(String id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public Optional<UserAccount> findByName(String name) {
    return em.createQuery("SELECT u FROM UserAccount u WHERE u.name = :n", UserAccount.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<UserAccount> list(PageRequest page, Optional<String> nameContains) {
    JpaQueries.Where w = new JpaQueries.Where();
    nameContains.ifPresent(n -> w.and("LOWER(u.name) LIKE :n", "n", "%" + n.toLowerCase() + "%"));
    return JpaQueries.page(em, UserAccount.class, "UserAccount u", "u", w, page, SORT);
  }

  @Override
  public long count() {
    return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public void add(UserAccount user) {
    em.persist(user);
  }

  @Override
  public void remove(UserAccount user) {
    em.remove(user);
  }
}
