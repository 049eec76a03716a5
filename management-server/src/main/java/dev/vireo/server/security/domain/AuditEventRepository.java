package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The audit log. Append-only. */
public interface AuditEventRepository {
  void append(AuditEvent event);

  /** Events newest first, optionally filtered by principal and time range. */
  Page<AuditEvent> query(
      PageRequest page, Optional<String> principal, Optional<Instant> from, Optional<Instant> to);
}
