package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.LibraryShareRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.LibraryShareRequest;
import dev.vireo.server.inventory.application.LibraryService;
import dev.vireo.server.inventory.domain.LibraryShare;
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

/** Library shares: readable by every signed-in user, changed by Administrators. */
@Path("library-shares")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LibraryShareResource {
  @Inject LibraryService library;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<LibraryShareRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("libraryServerId") String serverId,
      @QueryParam("name") String name) {
    return PageRepresentation.of(
        library
            .shares(
                Optional.ofNullable(serverId),
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "path"), "name"))
            .map(LibraryShareRepresentation::of));
  }

  @POST
  public Response create(LibraryShareRequest body) {
    LibraryShareRequest b = RequestBodies.require(body);
    LibraryShare s = library.addShare(b.libraryServerId(), b.name(), b.description(), b.path());
    return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build())
        .tag(EntityTags.of(s.version()))
        .entity(LibraryShareRepresentation.of(s))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(library.share(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, LibraryShareRequest b) {
    RequestBodies.require(b);
    return ok(
        library.updateShare(
            id,
            EntityTags.requireIfMatch(headers),
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.path())));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    library.removeShare(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static Response ok(LibraryShare s) {
    return Response.ok(LibraryShareRepresentation.of(s)).tag(EntityTags.of(s.version())).build();
  }
}
