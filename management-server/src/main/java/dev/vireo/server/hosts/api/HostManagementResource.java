package dev.vireo.server.hosts.api;

import dev.vireo.server.hosts.api.HostManagementRequests.AddHostRequest;
import dev.vireo.server.hosts.api.HostManagementRequests.MaintenanceRequest;
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
 * Host actions that run as jobs; the inventory's {@code HostResource} serves the same collection
 * (JAX-RS merges resources with the same path).
 */
@Path("hosts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostManagementResource {
  @Inject HostActions actions;
  @Context UriInfo uri;

  @POST
  @Path("actions/add")
  public Response add(AddHostRequest body) {
    return JobResponses.accepted(actions.addHost(RequestBodies.require(body).parameters()), uri);
  }

  @POST
  @Path("{id}/actions/refresh")
  public Response refresh(@PathParam("id") String id) {
    return JobResponses.accepted(actions.refreshHost(id), uri);
  }

  @POST
  @Path("{id}/actions/remove")
  public Response remove(@PathParam("id") String id) {
    return JobResponses.accepted(actions.removeHost(id), uri);
  }

  @POST
  @Path("{id}/actions/enter-maintenance")
  public Response enterMaintenance(@PathParam("id") String id, MaintenanceRequest body) {
    Map<String, Object> p = body == null ? Map.of() : body.parameters();
    return JobResponses.accepted(actions.enterMaintenance(id, p), uri);
  }
}
