package dev.vireo.server.hosts.api;

import dev.vireo.server.hosts.api.HostManagementRequests.CreateVmRequest;
import dev.vireo.server.hosts.api.HostManagementRequests.VmActionRequest;
import dev.vireo.server.hosts.application.HostActions;
import dev.vireo.server.jobs.api.JobResponses;
import dev.vireo.server.shared.api.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * VM operations on managed hosts, each a job; the inventory's {@code VmResource} serves the rest.
 */
@Path("vms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VmOperationsResource {
  @Inject HostActions actions;
  @Context UriInfo uri;

  @POST
  @Path("actions/create")
  public Response create(CreateVmRequest body) {
    return JobResponses.accepted(actions.createVm(RequestBodies.require(body).parameters()), uri);
  }

  @POST
  @Path("{id}/actions/{action}")
  public Response act(
      @PathParam("id") String id, @PathParam("action") String action, VmActionRequest body) {
    Map<String, Object> p = body == null ? Map.of() : body.parameters();
    return JobResponses.accepted(actions.onVm(id, action, p), uri);
  }
}
