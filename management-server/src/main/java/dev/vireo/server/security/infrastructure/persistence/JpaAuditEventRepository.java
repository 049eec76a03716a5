package dev.vireo.server.security.infrastructure.persistence;

import dev.vireo.server.security.domain.AuditEvent;
import dev.vireo.server.security.domain.AuditEventRepository;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.infrastructure.database.JpaQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {
  private static final Map<String, String> SORT =
      Map.of("occurredAt", "e.occurredAt", "principal", "e.principal", "action", "e.action");

  @PersistenceContext(unitName = "vireo")
  EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public Page<AuditEvent> query(
      PageRequest page, Optional<String> principal, Optional<Instant> from, Optional<Instant> to) {
    JpaQueries.Where w = new JpaQueries.Where();
    principal.ifPresent(p -> w.and("e.principal = :p", "p", p));
    from.ifPresent(
        f -> w.and("e.occurredAt >= :f", "f", dev.vireo.server.shared.domain.Utc.column(f)));
    to.ifPresent(
        t -> w.and("e.occurredAt < :t", "t", dev.vireo.server.shared.domain.Utc.column(t)));
    return JpaQueries.page(em, AuditEvent.class, "AuditEvent e", "e", w, page, SORT);
  }
}
