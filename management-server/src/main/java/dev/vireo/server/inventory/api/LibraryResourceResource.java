package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.LibraryResourceRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.LibraryResourceRequest;
import dev.vireo.server.inventory.application.LibraryService;
import dev.vireo.server.inventory.domain.LibraryResource;
import dev.vireo.server.inventory.domain.LibraryResourceType;
import dev.vireo.server.shared.api.EntityTags;
import dev.vireo.server.shared.api.PageRepresentation;
import dev.vireo.server.shared.api.PagingParameters;
import dev.vireo.server.shared.api.QueryValues;
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

/** Library resources (disk images, ISOs, scripts, drivers, packages) inside library shares. */
@Path("library-resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LibraryResourceResource {
  @Inject LibraryService library;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<LibraryResourceRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("libraryShareId") String shareId,
      @QueryParam("type") String type,
      @QueryParam("name") String name) {
    return PageRepresentation.of(
        library
            .resources(
                Optional.ofNullable(shareId),
                QueryValues.enumValue(type, LibraryResourceType.class, "type"),
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "relativePath", "type", "sizeBytes"), "name"))
            .map(LibraryResourceRepresentation::of));
  }

  @POST
  public Response create(LibraryResourceRequest body) {
    LibraryResourceRequest b = RequestBodies.require(body);
    LibraryResource r = library.addResource(b.libraryShareId(), b.relativePath(), facts(b, null));
    return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
        .tag(EntityTags.of(r.version()))
        .entity(LibraryResourceRepresentation.of(r))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(library.resource(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, LibraryResourceRequest b) {
    RequestBodies.require(b);
    long version = EntityTags.requireIfMatch(headers);
    LibraryResource now = library.resource(id);
    return ok(
        library.updateResource(id, version, Optional.ofNullable(b.relativePath()), facts(b, now)));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    library.removeResource(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  /** The body's facts, falling back to {@code now}'s for absent fields (PATCH). */
  private static LibraryResource.Facts facts(LibraryResourceRequest b, LibraryResource now) {
    LibraryResourceType type = Fields.enumOrNull(b.type(), LibraryResourceType.class, "type");
    return new LibraryResource.Facts(
        b.name() != null || now == null ? b.name() : now.name(),
        b.description() != null || now == null ? b.description() : now.description(),
        type != null || now == null ? type : now.type(),
        b.sizeBytes() != null ? b.sizeBytes() : now == null ? -1 : now.sizeBytes(),
        b.sha256() != null || now == null ? Optional.ofNullable(b.sha256()) : now.sha256());
  }

  private static Response ok(LibraryResource r) {
    return Response.ok(LibraryResourceRepresentation.of(r)).tag(EntityTags.of(r.version())).build();
  }
}
