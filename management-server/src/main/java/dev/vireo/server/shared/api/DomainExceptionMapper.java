package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Expected failures become Problem Details with their stable code. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(DomainException e) {
    return Problems.response(e.errorCode(), e.getMessage(), e.fieldErrors(), uriInfo);
  }
}
