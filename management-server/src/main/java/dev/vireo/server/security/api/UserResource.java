package dev.vireo.server.security.api;

import dev.vireo.server.security.api.SecurityRepresentations.ChangePasswordRequest;
import dev.vireo.server.security.api.SecurityRepresentations.CreateUserRequest;
import dev.vireo.server.security.api.SecurityRepresentations.UpdateUserRequest;
import dev.vireo.server.security.api.SecurityRepresentations.UserRepresentation;
import dev.vireo.server.security.application.UserService;
import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.shared.api.EntityTags;
import dev.vireo.server.shared.api.PageRepresentation;
import dev.vireo.server.shared.api.PagingParameters;
import dev.vireo.server.shared.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.Set;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
  @Inject UserService users;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<UserRepresentation> list(
      @BeanParam PagingParameters paging, @QueryParam("name") String name) {
    return PageRepresentation.of(
        users
            .list(
                paging.toPageRequest(Set.of("name", "displayName"), "name"),
                Optional.ofNullable(name))
            .map(UserRepresentation::of));
  }

  @POST
  public Response create(CreateUserRequest body) {
    CreateUserRequest b = RequestBodies.require(body);
    UserAccount u =
        users.create(
            b.name(), b.displayName(), b.password() == null ? null : b.password().toCharArray());
    return Response.created(uri.getAbsolutePathBuilder().path(u.id()).build())
        .tag(EntityTags.of(u.version()))
        .entity(UserRepresentation.of(u))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    UserAccount u = users.get(id);
    return Response.ok(UserRepresentation.of(u)).tag(EntityTags.of(u.version())).build();
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, UpdateUserRequest body) {
    UpdateUserRequest b = RequestBodies.require(body);
    UserAccount u =
        users.update(id, EntityTags.requireIfMatch(headers), b.displayName(), b.enabled());
    return Response.ok(UserRepresentation.of(u)).tag(EntityTags.of(u.version())).build();
  }

  @POST
  @Path("{id}/actions/change-password")
  public Response changePassword(@PathParam("id") String id, ChangePasswordRequest body) {
    ChangePasswordRequest b = RequestBodies.require(body);
    users.changePassword(
        id,
        Optional.ofNullable(b.currentPassword()).map(String::toCharArray),
        b.newPassword() == null ? new char[0] : b.newPassword().toCharArray());
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    users.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }
}
