package dev.vireo.server.security.infrastructure.persistence;

import dev.vireo.server.security.domain.RoleProfile;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.security.domain.UserRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRoleRepository implements UserRoleRepository {
  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<UserRole> findById(String id) {
    return Optional.ofNullable(em.find(UserRole.class, id));
  }

  @Override
  public Optional<UserRole> findByName(String name) {
    return em.createQuery("SELECT r FROM UserRole r WHERE r.name = :n", UserRole.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<UserRole> rolesOfUser(String userId) {
    return em.createQuery("SELECT r FROM UserRole r WHERE :u MEMBER OF r.members", UserRole.class)
        .setParameter("u", userId)
        .getResultList();
  }

  @Override
  public List<UserRole> all() {
    return em.createQuery("SELECT r FROM UserRole r ORDER BY r.name", UserRole.class)
        .getResultList();
  }

  @Override
  public long countEnabledAdministratorsExcept(String exceptUserId) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT u.id) FROM UserRole r JOIN r.members m, UserAccount u"
                + " WHERE r.profile = :p AND m = u.id AND u.enabled = TRUE AND u.id <> :x",
            Long.class)
        .setParameter("p", RoleProfile.ADMINISTRATOR)
        .setParameter("x", exceptUserId)
        .getSingleResult();
  }

  @Override
  public void add(UserRole role) {
    em.persist(role);
  }

  @Override
  public void remove(UserRole role) {
    em.remove(role);
  }
}
