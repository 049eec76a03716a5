package dev.vireo.server.security.api;

import dev.vireo.server.security.api.SecurityRepresentations.UserRoleRepresentation;
import dev.vireo.server.security.api.SecurityRepresentations.UserRoleRequest;
import dev.vireo.server.security.application.UserRoleService;
import dev.vireo.server.security.application.UserRoleService.RoleSpec;
import dev.vireo.server.security.domain.RoleProfile;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.shared.api.EntityTags;
import dev.vireo.server.shared.api.RequestBodies;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("user-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserRoleResource {
  @Inject UserRoleService roles;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public List<UserRoleRepresentation> list() {
    return roles.list().stream().map(UserRoleRepresentation::of).toList();
  }

  @POST
  public Response create(UserRoleRequest body) {
    UserRole r = roles.create(spec(RequestBodies.require(body)));
    return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
        .tag(EntityTags.of(r.version()))
        .entity(UserRoleRepresentation.of(r))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    UserRole r = roles.get(id);
    return Response.ok(UserRoleRepresentation.of(r)).tag(EntityTags.of(r.version())).build();
  }

  @PUT
  @Path("{id}")
  public Response replace(@PathParam("id") String id, UserRoleRequest body) {
    UserRole r =
        roles.update(id, EntityTags.requireIfMatch(headers), spec(RequestBodies.require(body)));
    return Response.ok(UserRoleRepresentation.of(r)).tag(EntityTags.of(r.version())).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    roles.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static RoleSpec spec(UserRoleRequest b) {
    return new RoleSpec(
        b.name(),
        b.description(),
        profile(b.profile()),
        orEmpty(b.hostGroupIds()),
        orEmpty(b.cloudIds()),
        orEmpty(b.memberIds()));
  }

  private static RoleProfile profile(String p) {
    if (p == null) {
      return null;
    }
    try {
      return RoleProfile.valueOf(
          p.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          CommonError.VALIDATION_FAILED,
          "Unknown role profile '" + p + "'.",
          List.of(
              new FieldError(
                  "profile",
                  "must be one of ADMINISTRATOR, FABRIC_ADMINISTRATOR, READ_ONLY_ADMINISTRATOR, TENANT_ADMINISTRATOR, APPLICATION_ADMINISTRATOR")));
    }
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }
}
