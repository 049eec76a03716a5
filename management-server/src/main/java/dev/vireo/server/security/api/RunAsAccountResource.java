package dev.vireo.server.security.api;

import dev.vireo.server.security.api.SecurityRepresentations.CreateRunAsAccountRequest;
import dev.vireo.server.security.api.SecurityRepresentations.RunAsAccountRepresentation;
import dev.vireo.server.security.api.SecurityRepresentations.UpdateRunAsAccountRequest;
import dev.vireo.server.security.application.RunAsAccountService;
import dev.vireo.server.security.domain.RunAsAccount;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** Run As accounts. The secret is write-only. */
@Path("run-as-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RunAsAccountResource {
  @Inject RunAsAccountService accounts;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<RunAsAccountRepresentation> list(@BeanParam PagingParameters paging) {
    return PageRepresentation.of(
        accounts
            .list(paging.toPageRequest(Set.of("name", "userName"), "name"))
            .map(RunAsAccountRepresentation::of));
  }

  @POST
  public Response create(CreateRunAsAccountRequest body) {
    CreateRunAsAccountRequest b = RequestBodies.require(body);
    RunAsAccount a =
        accounts.create(
            b.name(),
            b.description(),
            b.userName(),
            b.secret() == null ? null : b.secret().toCharArray());
    return Response.created(uri.getAbsolutePathBuilder().path(a.id()).build())
        .tag(EntityTags.of(a.version()))
        .entity(RunAsAccountRepresentation.of(a))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    RunAsAccount a = accounts.get(id);
    return Response.ok(RunAsAccountRepresentation.of(a)).tag(EntityTags.of(a.version())).build();
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, UpdateRunAsAccountRequest body) {
    UpdateRunAsAccountRequest b = RequestBodies.require(body);
    RunAsAccount a =
        accounts.update(
            id,
            EntityTags.requireIfMatch(headers),
            b.description(),
            b.userName(),
            b.secret() == null ? null : b.secret().toCharArray());
    return Response.ok(RunAsAccountRepresentation.of(a)).tag(EntityTags.of(a.version())).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    accounts.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }
}
