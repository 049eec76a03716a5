package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.HostClusterRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.HostClusterRequest;
import dev.vireo.server.inventory.application.HostClusterService;
import dev.vireo.server.inventory.application.HostClusterService.ClusterView;
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

/** Host clusters; {@code hostIds} lists (and on PATCH replaces) the members. */
@Path("host-clusters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostClusterResource {
  @Inject HostClusterService clusters;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<HostClusterRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("hostGroupId") String hostGroupId,
      @QueryParam("name") String name) {
    return PageRepresentation.of(
        clusters
            .list(
                Optional.ofNullable(hostGroupId),
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "createdAt"), "name"))
            .map(HostClusterRepresentation::of));
  }

  @POST
  public Response create(HostClusterRequest body) {
    HostClusterRequest b = RequestBodies.require(body);
    ClusterView v =
        clusters.create(
            b.name(),
            b.description(),
            b.hostGroupId(),
            b.hostIds() == null ? java.util.List.of() : b.hostIds());
    return Response.created(uri.getAbsolutePathBuilder().path(v.cluster().id()).build())
        .tag(EntityTags.of(v.cluster().version()))
        .entity(HostClusterRepresentation.of(v))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(clusters.get(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, HostClusterRequest body) {
    HostClusterRequest b = RequestBodies.require(body);
    return ok(
        clusters.update(
            id,
            EntityTags.requireIfMatch(headers),
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.hostIds())));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    clusters.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static Response ok(ClusterView v) {
    return Response.ok(HostClusterRepresentation.of(v))
        .tag(EntityTags.of(v.cluster().version()))
        .build();
  }
}
