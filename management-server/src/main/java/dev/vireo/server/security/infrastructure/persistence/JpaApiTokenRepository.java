package dev.vireo.server.security.infrastructure.persistence;

import dev.vireo.server.security.domain.ApiToken;
import dev.vireo.server.security.domain.ApiTokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {
  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public Optional<ApiToken> findByHash(String tokenHash) {
    return Optional.ofNullable(em.find(ApiToken.class, tokenHash));
  }

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }

  @Override
  public void removeByHash(String tokenHash) {
    findByHash(tokenHash).ifPresent(em::remove);
  }

  @Override
  public int removeExpired(Instant now) {
    return em.createQuery("DELETE FROM ApiToken t WHERE t.expiresAt < :now")
        .setParameter("now", dev.vireo.server.shared.domain.Utc.column(now))
        .executeUpdate();
  }
}
