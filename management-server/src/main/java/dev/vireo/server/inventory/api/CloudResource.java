package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.CloudRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.CloudRequest;
import dev.vireo.server.inventory.api.InventoryRequests.QuotaRequest;
import dev.vireo.server.inventory.application.CloudService;
import dev.vireo.server.inventory.application.CloudService.CloudUpdate;
import dev.vireo.server.inventory.application.CloudService.CloudView;
import dev.vireo.server.inventory.domain.CloudQuota;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Clouds with their scope, quota and current usage. A PATCH'd {@code quota} replaces the whole
 * quota.
 */
@Path("clouds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CloudResource {
  @Inject CloudService clouds;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<CloudRepresentation> list(
      @BeanParam PagingParameters paging, @QueryParam("name") String name) {
    return PageRepresentation.of(
        clouds
            .list(
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "createdAt"), "name"))
            .map(CloudRepresentation::of));
  }

  @POST
  public Response create(CloudRequest body) {
    CloudRequest b = RequestBodies.require(body);
    CloudView v =
        clouds.create(
            b.name(),
            b.description(),
            quota(b.quota()).orElse(CloudQuota.unlimited()),
            b.hostGroupIds() == null ? List.of() : b.hostGroupIds(),
            b.libraryShareIds() == null ? List.of() : b.libraryShareIds());
    return Response.created(uri.getAbsolutePathBuilder().path(v.cloud().id()).build())
        .tag(EntityTags.of(v.cloud().version()))
        .entity(CloudRepresentation.of(v))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(clouds.get(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, CloudRequest body) {
    CloudRequest b = RequestBodies.require(body);
    CloudUpdate u =
        new CloudUpdate(
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            quota(b.quota()),
            Optional.ofNullable(b.hostGroupIds()),
            Optional.ofNullable(b.libraryShareIds()));
    return ok(clouds.update(id, EntityTags.requireIfMatch(headers), u));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    clouds.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static Optional<CloudQuota> quota(QuotaRequest q) {
    return Optional.ofNullable(q)
        .map(x -> new CloudQuota(x.maxVms(), x.maxVcpu(), x.maxMemoryMb(), x.maxStorageBytes()));
  }

  private static Response ok(CloudView v) {
    return Response.ok(CloudRepresentation.of(v)).tag(EntityTags.of(v.cloud().version())).build();
  }
}
