package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.VmTemplateRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.VmTemplateRequest;
import dev.vireo.server.inventory.application.TemplateService;
import dev.vireo.server.inventory.domain.VmTemplate;
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

/** VM templates: readable by every signed-in user, changed by Administrators. */
@Path("vm-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VmTemplateResource {
  @Inject TemplateService templates;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<VmTemplateRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("name") String name,
      @QueryParam("hardwareProfileId") String profileId) {
    return PageRepresentation.of(
        templates
            .templatesPage(
                Optional.ofNullable(name),
                Optional.ofNullable(profileId),
                paging.toPageRequest(Set.of("name", "operatingSystem"), "name"))
            .map(VmTemplateRepresentation::of));
  }

  @POST
  public Response create(VmTemplateRequest body) {
    VmTemplateRequest b = RequestBodies.require(body);
    VmTemplate t =
        templates.createTemplate(
            b.name(),
            b.description(),
            b.hardwareProfileId(),
            b.diskResourceId(),
            b.operatingSystem());
    return Response.created(uri.getAbsolutePathBuilder().path(t.id()).build())
        .tag(EntityTags.of(t.version()))
        .entity(VmTemplateRepresentation.of(t))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(templates.template(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, VmTemplateRequest b) {
    RequestBodies.require(b);
    return ok(
        templates.updateTemplate(
            id,
            EntityTags.requireIfMatch(headers),
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.hardwareProfileId()),
            Optional.ofNullable(b.diskResourceId()),
            Optional.ofNullable(b.operatingSystem())));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    templates.removeTemplate(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static Response ok(VmTemplate t) {
    return Response.ok(VmTemplateRepresentation.of(t)).tag(EntityTags.of(t.version())).build();
  }
}
