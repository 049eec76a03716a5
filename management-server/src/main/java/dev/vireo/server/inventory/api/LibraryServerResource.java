package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.LibraryServerRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.LibraryServerRequest;
import dev.vireo.server.inventory.application.LibraryService;
import dev.vireo.server.inventory.domain.LibraryServer;
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

/** Library servers: readable by every signed-in user, changed by Administrators. */
@Path("library-servers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LibraryServerResource {
  @Inject LibraryService library;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<LibraryServerRepresentation> list(
      @BeanParam PagingParameters paging, @QueryParam("name") String name) {
    return PageRepresentation.of(
        library
            .servers(
                Optional.ofNullable(name),
                paging.toPageRequest(Set.of("name", "address", "status"), "name"))
            .map(LibraryServerRepresentation::of));
  }

  @POST
  public Response create(LibraryServerRequest body) {
    LibraryServerRequest b = RequestBodies.require(body);
    LibraryServer s =
        library.addServer(
            b.name(), b.description(), b.address(), Optional.ofNullable(b.runAsAccountId()));
    return Response.created(uri.getAbsolutePathBuilder().path(s.id()).build())
        .tag(EntityTags.of(s.version()))
        .entity(LibraryServerRepresentation.of(s))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(library.server(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, LibraryServerRequest b) {
    RequestBodies.require(b);
    return ok(
        library.updateServer(
            id,
            EntityTags.requireIfMatch(headers),
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.address()),
            Optional.ofNullable(b.runAsAccountId())));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    library.removeServer(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  private static Response ok(LibraryServer s) {
    return Response.ok(LibraryServerRepresentation.of(s)).tag(EntityTags.of(s.version())).build();
  }
}
