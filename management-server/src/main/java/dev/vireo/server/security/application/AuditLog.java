package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.AuditEvent;
import dev.vireo.server.security.domain.AuditEventRepository;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records every mutating call, successful or not, in its own transaction so that a failed call is
 * still audited and an audit write never rolls back the call.
 */
@ApplicationScoped
public class AuditLog {
  private static final Logger LOG = Logger.getLogger("dev.vireo.audit");

  @Inject AuditEventRepository events;
  @Inject CallerContext caller;

  @Transactional(TxType.REQUIRES_NEW)
  public void record(
      String principal, String action, String target, int outcome, String client, String detail) {
    events.append(
        new AuditEvent(Instant.now(), principal, action, target, outcome, client, detail));
    LOG.info(
        () ->
            String.format(
                "VIREO-AUDIT-001 principal=%s action=\"%s\" target=\"%s\" outcome=%d client=%s",
                principal, action, target, outcome, client));
  }

  @Transactional
  public Page<AuditEvent> query(
      PageRequest page, Optional<String> principal, Optional<Instant> from, Optional<Instant> to) {
    caller.requireAdministrator();
    return events.query(page, principal, from, to);
  }
}
