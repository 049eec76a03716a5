package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.HostRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.CapacityRequest;
import dev.vireo.server.inventory.api.InventoryRequests.HostActionRequest;
import dev.vireo.server.inventory.api.InventoryRequests.HostRequest;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.application.HostRegistry.HostUpdate;
import dev.vireo.server.inventory.application.ManagedHostWork;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostCapacity;
import dev.vireo.server.inventory.domain.HostSpec;
import dev.vireo.server.inventory.domain.HostStatus;
import dev.vireo.server.inventory.domain.HypervisorKind;
import dev.vireo.server.jobs.api.JobResponses;
import dev.vireo.server.jobs.domain.Job;
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

/** Virtualization hosts. Until host drivers exist, hosts are registered here. */
@Path("hosts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HostResource {
  @Inject HostRegistry hosts;
  @Inject ManagedHostWork managed;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<HostRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("hostGroupId") String hostGroupId,
      @QueryParam("status") String status,
      @QueryParam("clusterId") String clusterId,
      @QueryParam("name") String name) {
    return PageRepresentation.of(
        hosts
            .list(
                Optional.ofNullable(hostGroupId),
                QueryValues.enumValue(status, HostStatus.class, "status"),
                Optional.ofNullable(clusterId),
                Optional.ofNullable(name),
                paging.toPageRequest(
                    Set.of(
                        "name",
                        "address",
                        "status",
                        "hypervisorKind",
                        "cpuCores",
                        "memoryBytes",
                        "createdAt"),
                    "name"))
            .map(HostRepresentation::of));
  }

  @POST
  public Response create(HostRequest body) {
    HostRequest b = RequestBodies.require(body);
    HostSpec spec =
        new HostSpec(
            b.name(),
            b.description(),
            b.address(),
            Fields.enumOrNull(b.hypervisorKind(), HypervisorKind.class, "hypervisorKind"),
            b.connectionUri(),
            b.runAsAccountId());
    Host h =
        hosts.register(spec, b.hostGroupId(), capacity(b.capacity()).orElse(HostCapacity.UNKNOWN));
    return Response.created(uri.getAbsolutePathBuilder().path(h.id()).build())
        .tag(EntityTags.of(h.version()))
        .entity(HostRepresentation.of(h))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(hosts.get(id));
  }

  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, HostRequest body) {
    HostRequest b = RequestBodies.require(body);
    HostUpdate u =
        new HostUpdate(
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            Optional.ofNullable(b.address()),
            Fields.enumValue(b.hypervisorKind(), HypervisorKind.class, "hypervisorKind"),
            Optional.ofNullable(b.connectionUri()),
            Optional.ofNullable(b.runAsAccountId()),
            Optional.ofNullable(b.hostGroupId()),
            capacity(b.capacity()));
    return ok(hosts.update(id, EntityTags.requireIfMatch(headers), u));
  }

  /**
   * Removes a host registered by hand (204), or starts the job that disconnects and removes a host
   * Vireo manages (202 with the job's location). Either way {@code If-Match} must name the current
   * version.
   */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    long version = EntityTags.requireIfMatch(headers);
    Optional<Job> job = managed.remove(id, version);
    if (job.isPresent()) {
      return JobResponses.accepted(job.get(), uri);
    }
    hosts.remove(id, version);
    return Response.noContent().build();
  }

  /**
   * Marks a host registered by hand as in maintenance (200), or starts the job that evacuates a
   * host Vireo manages and then marks it (202; the same job as {@code actions/enter-maintenance}).
   */
  @POST
  @Path("{id}/actions/maintenance-on")
  public Response maintenanceOn(@PathParam("id") String id, HostActionRequest body) {
    String reason = body == null ? null : body.reason();
    Optional<Job> job = managed.enterMaintenance(id, reason);
    if (job.isPresent()) {
      return JobResponses.accepted(job.get(), uri);
    }
    return ok(hosts.enterMaintenance(id, reason));
  }

  @POST
  @Path("{id}/actions/maintenance-off")
  public Response maintenanceOff(@PathParam("id") String id) {
    return ok(hosts.exitMaintenance(id));
  }

  private static Optional<HostCapacity> capacity(CapacityRequest c) {
    return Optional.ofNullable(c)
        .map(
            x ->
                new HostCapacity(
                    Fields.intOrZero(x.cpuCores()),
                    Fields.longOrZero(x.memoryBytes()),
                    Fields.longOrZero(x.storageBytes())));
  }

  private static Response ok(Host h) {
    return Response.ok(HostRepresentation.of(h)).tag(EntityTags.of(h.version())).build();
  }
}
