package dev.vireo.server.security.api;

import dev.vireo.server.security.api.SecurityRepresentations.AuditEventRepresentation;
import dev.vireo.server.security.application.AuditLog;
import dev.vireo.server.shared.api.PageRepresentation;
import dev.vireo.server.shared.api.PagingParameters;
import dev.vireo.server.shared.api.QueryValues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;

/** The audit log, newest first by default. Administrators only. */
@Path("audit-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {
  @Inject AuditLog audit;

  @GET
  public PageRepresentation<AuditEventRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("principal") String principal,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return PageRepresentation.of(
        audit
            .query(
                paging.toPageRequest(Set.of("occurredAt", "principal", "action"), "-occurredAt"),
                Optional.ofNullable(principal),
                QueryValues.instant(from, "from"),
                QueryValues.instant(to, "to"))
            .map(AuditEventRepresentation::of));
  }
}
