package dev.vireo.server.security.api;

import dev.vireo.server.security.api.SecurityRepresentations.MeRepresentation;
import dev.vireo.server.security.api.SecurityRepresentations.TokenRepresentation;
import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.application.TokenService;
import dev.vireo.server.security.domain.AccessScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Bearer tokens for the signed-in user, and who the caller is. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {
  @Inject TokenService tokens;
  @Inject CallerContext caller;

  /** Issues a bearer token to the caller (who signed in with Basic or an existing token). */
  @POST
  @Path("tokens")
  public Response issue() {
    String userId = caller.principal().orElseThrow().userId();
    TokenService.IssuedToken t = tokens.issue(userId);
    return Response.status(201)
        .entity(new TokenRepresentation(t.token(), "Bearer", t.expiresAt()))
        .build();
  }

  /** Revokes the bearer token this request was made with. */
  @DELETE
  @Path("tokens/current")
  public Response revoke(@HeaderParam("Authorization") String authorization) {
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      tokens.revoke(authorization.substring(7).trim());
    }
    return Response.noContent().build();
  }

  @GET
  @Path("me")
  public MeRepresentation me() {
    AccessScope s = caller.scope();
    return new MeRepresentation(
        s.userId(),
        s.userName(),
        s.administrator(),
        s.fabricReadHostGroups(),
        s.fabricWriteHostGroups(),
        s.readClouds(),
        s.manageAllVmClouds(),
        s.selfServiceClouds());
  }
}
