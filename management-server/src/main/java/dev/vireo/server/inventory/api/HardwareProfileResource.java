package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.HardwareProfileRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.HardwareProfileRequest;
import dev.vireo.server.inventory.application.TemplateService;
import dev.vireo.server.inventory.domain.DiskBus;
import dev.vireo.server.inventory.domain.HardwareProfile;
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

/** Hardware profiles: readable by every signed-in user, changed by Administrators. */
@Path("hardware-profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HardwareProfileResource {
  @Inject TemplateService templates;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<HardwareProfileRepresentation> list(
      @BeanParam PagingParameters paging, @QueryParam("name") String name) {
    return PageRepresentation.of(
        templates
            .profiles(
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "vcpu", "memoryMb"), "name"))
            .map(HardwareProfileRepresentation::of));
  }

  @POST
  public Response create(HardwareProfileRequest body) {
    HardwareProfileRequest b = RequestBodies.require(body);
    HardwareProfile p = templates.createProfile(settings(b, null));
    return Response.created(uri.getAbsolutePathBuilder().path(p.id()).build())
        .tag(EntityTags.of(p.version()))
        .entity(HardwareProfileRepresentation.of(p))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(templates.profile(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, HardwareProfileRequest b) {
    RequestBodies.require(b);
    long version = EntityTags.requireIfMatch(headers);
    return ok(templates.updateProfile(id, version, settings(b, templates.profile(id))));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    templates.removeProfile(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static HardwareProfile.Settings settings(HardwareProfileRequest b, HardwareProfile now) {
    DiskBus bus = Fields.enumOrNull(b.diskBus(), DiskBus.class, "diskBus");
    return new HardwareProfile.Settings(
        b.name() != null || now == null ? b.name() : now.name(),
        b.description() != null || now == null ? b.description() : now.description(),
        b.vcpu() != null ? b.vcpu() : now == null ? 0 : now.vcpu(),
        b.memoryMb() != null ? b.memoryMb() : now == null ? 0 : now.memoryMb(),
        b.nicCount() != null ? b.nicCount() : now == null ? 1 : now.nicCount(),
        bus != null || now == null ? bus : now.diskBus());
  }

  private static Response ok(HardwareProfile p) {
    return Response.ok(HardwareProfileRepresentation.of(p)).tag(EntityTags.of(p.version())).build();
  }
}
