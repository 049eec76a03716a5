package dev.vireo.server.shared.api;

import dev.vireo.server.security.application.AuditLog;
import dev.vireo.server.security.application.CallerContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an audit event for every mutating API call (POST, PUT, PATCH, DELETE), whatever its
 * outcome.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {
  private static final Logger LOG = Logger.getLogger(AuditFilter.class.getName());
  private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

  @Inject AuditLog audit;
  @Inject CallerContext caller;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext req, ContainerResponseContext resp) {
    if (!MUTATING.contains(req.getMethod())) {
      return;
    }
    String path = "/" + req.getUriInfo().getPath(false);
    String detail = resp.getEntity() instanceof ProblemDetails p ? p.code() : "";
    try {
      audit.record(
          caller.name(),
          req.getMethod() + " " + path,
          path,
          resp.getStatus(),
          http == null ? "" : http.getRemoteAddr(),
          detail);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "VIREO-AUDIT-002 Could not write the audit event for " + req.getMethod() + " " + path,
          e);
    }
  }
}
