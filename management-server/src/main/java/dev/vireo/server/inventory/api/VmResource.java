package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.api.InventoryRepresentations.VmPlacementRepresentation;
import dev.vireo.server.inventory.api.InventoryRepresentations.VmRepresentation;
import dev.vireo.server.inventory.api.InventoryRequests.DiskRequest;
import dev.vireo.server.inventory.api.InventoryRequests.NicRequest;
import dev.vireo.server.inventory.api.InventoryRequests.VmRequest;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.application.VmRegistry.VmFilter;
import dev.vireo.server.inventory.application.VmRegistry.VmRegistration;
import dev.vireo.server.inventory.application.VmRegistry.VmUpdate;
import dev.vireo.server.inventory.domain.DiskBus;
import dev.vireo.server.inventory.domain.PlacementInitiator;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmDisk;
import dev.vireo.server.inventory.domain.VmHardware;
import dev.vireo.server.inventory.domain.VmNic;
import dev.vireo.server.inventory.domain.VmStatus;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Virtual machines. Until host drivers exist, VMs are registered here; a PATCH with a new {@code
 * hostId} records a Vireo-initiated placement (with {@code storageMoved}).
 */
@Path("vms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VmResource {
  private static final Set<String> SORTABLE =
      Set.of("name", "status", "vcpu", "memoryMb", "storageBytes", "createdAt");

  @Inject VmRegistry vms;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  public PageRepresentation<VmRepresentation> list(
      @BeanParam PagingParameters paging,
      @QueryParam("hostGroupId") String hostGroupId,
      @QueryParam("hostId") String hostId,
      @QueryParam("cloudId") String cloudId,
      @QueryParam("status") String status,
      @QueryParam("ownerUserId") String ownerUserId,
      @QueryParam("name") String name) {
    VmFilter f =
        new VmFilter(
            Optional.ofNullable(hostGroupId),
            Optional.ofNullable(hostId),
            Optional.ofNullable(cloudId),
            QueryValues.enumValue(status, VmStatus.class, "status"),
            Optional.ofNullable(ownerUserId),
            Optional.ofNullable(name));
    return PageRepresentation.of(
        vms.list(f, paging.toPageRequest(SORTABLE, "name")).map(VmRepresentation::of));
  }

  @POST
  public Response create(VmRequest body) {
    VmRequest b = RequestBodies.require(body);
    VmHardware hw =
        new VmHardware(
            Fields.intOrZero(b.vcpu()),
            Fields.longOrZero(b.memoryMb()),
            disks(b.disks()),
            nics(b.nics()));
    VmStatus status =
        Optional.ofNullable(Fields.enumOrNull(b.status(), VmStatus.class, "status"))
            .orElse(VmStatus.STOPPED);
    Vm vm =
        vms.register(
            new VmRegistration(
                b.name(),
                b.description(),
                Optional.ofNullable(b.hypervisorId()),
                Optional.ofNullable(b.hostId()),
                Optional.ofNullable(b.cloudId()),
                hw,
                status,
                Optional.ofNullable(b.ownerUserId()),
                PlacementInitiator.VIREO));
    return Response.created(uri.getAbsolutePathBuilder().path(vm.id()).build())
        .tag(EntityTags.of(vm.version()))
        .entity(VmRepresentation.of(vm))
        .build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ok(vms.get(id));
  }

  /** Partial update; {@code cloudId: ""} takes the VM out of its cloud. */
  @PATCH
  @Path("{id}")
  public Response update(@PathParam("id") String id, VmRequest body) {
    VmRequest b = RequestBodies.require(body);
    long version = EntityTags.requireIfMatch(headers);
    Optional<VmHardware> hw = Optional.empty();
    if (b.vcpu() != null || b.memoryMb() != null || b.disks() != null || b.nics() != null) {
      VmHardware now = vms.get(id).hardware();
      hw =
          Optional.of(
              new VmHardware(
                  b.vcpu() == null ? now.vcpu() : b.vcpu(),
                  b.memoryMb() == null ? now.memoryMb() : b.memoryMb(),
                  b.disks() == null ? now.disks() : disks(b.disks()),
                  b.nics() == null ? now.nics() : nics(b.nics())));
    }
    VmUpdate u =
        new VmUpdate(
            Optional.ofNullable(b.name()),
            Optional.ofNullable(b.description()),
            hw,
            Optional.ofNullable(b.cloudId()),
            Optional.ofNullable(b.hostId()),
            Boolean.TRUE.equals(b.storageMoved()),
            Fields.enumValue(b.status(), VmStatus.class, "status"));
    return ok(vms.update(id, version, u));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    vms.delete(id, EntityTags.requireIfMatch(headers));
    return Response.noContent().build();
  }

  /** The VM's placement history, oldest first by default ({@code sort=-at} for newest first). */
  @GET
  @Path("{id}/placements")
  public PageRepresentation<VmPlacementRepresentation> placements(
      @PathParam("id") String id, @BeanParam PagingParameters paging) {
    return PageRepresentation.of(
        vms.placements(id, paging.toPageRequest(Set.of("at"), "at"))
            .map(VmPlacementRepresentation::of));
  }

  private static List<VmDisk> disks(List<DiskRequest> in) {
    List<VmDisk> out = new ArrayList<>();
    if (in != null) {
      for (int i = 0; i < in.size(); i++) {
        DiskRequest d = in.get(i);
        if (d != null) {
          out.add(
              new VmDisk(
                  d.path(),
                  d.format(),
                  Fields.longOrZero(d.capacityBytes()),
                  Fields.enumOrNull(d.bus(), DiskBus.class, "disks[" + i + "].bus"),
                  d.target()));
        }
      }
    }
    return out;
  }

  private static List<VmNic> nics(List<NicRequest> in) {
    return in == null
        ? List.of()
        : in.stream()
            .filter(n -> n != null)
            .map(n -> new VmNic(n.macAddress(), n.network(), n.model()))
            .toList();
  }

  private static Response ok(Vm vm) {
    return Response.ok(VmRepresentation.of(vm)).tag(EntityTags.of(vm.version())).build();
  }
}
