package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.HostGroupRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.HostGroupRequest;
import dev.vireo.server.inventory.application.HostGroupService;
import dev.vireo.server.inventory.domain.HostGroup;
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

/** The host group tree. {@code parentId} is required on create ("All Hosts" is the root). */
@Path("host-groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostGroupResource {
  @Inject HostGroupService groups;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<HostGroupRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("parentId") String parentId,
      @QueryParam("name") String name) {
    return PageRepresentation.of(
        groups
            .list(
                Optional.ofNullable(parentId),
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "depth", "path", "createdAt"), "path"))
            .map(HostGroupRepresentation::of));
  }

  @POST
  public Response create(HostGroupRequest body) {
    HostGroupRequest b = RequestBodies.require(body);
    HostGroup g = groups.create(b.parentId(), b.name(), b.description());
    return Response.created(uri.getAbsolutePathBuilder().path(g.id()).build())
        .tag(EntityTags.of(g.version()))
        .entity(HostGroupRepresentation.of(g))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(groups.get(id));
  }

  /** Renames and/or moves (by a new {@code parentId}) the group. */
  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, HostGroupRequest body) {
    HostGroupRequest b = RequestBodies.require(body);
    return ok(
        groups.update(
            id,
            EntityTags.requireIfMatch(headers),
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.parentId())));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @QueryParam("recursive") boolean recursive) {
    groups.delete(id, EntityTags.requireIfMatch(headers), recursive);
    return Response.noContent().build();
  }

  private static Response ok(HostGroup g) {
    return Response.ok(HostGroupRepresentation.of(g)).tag(EntityTags.of(g.version())).build();
  }
}
