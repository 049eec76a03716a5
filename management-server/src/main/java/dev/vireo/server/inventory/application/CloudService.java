package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Cloud;
import dev.vireo.server.inventory.domain.CloudQuota;
import dev.vireo.server.inventory.domain.CloudRepository;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.LibraryRepository;
import dev.vireo.server.inventory.domain.VmFootprint;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Clouds: scope, quotas and usage. Administrators create and delete clouds and change their scope;
 * a Fabric Administrator whose scope holds the cloud and its host groups may rename it and change
 * its quota.
 */
@ApplicationScoped
@Transactional
public class CloudService {
  @Inject CloudRepository clouds;
  @Inject HostGroupRepository groups;
  @Inject HostRepository hosts;
  @Inject LibraryRepository library;
  @Inject VmRepository vms;
  @Inject InventoryAccess access;

  /** A cloud with its current usage. */
  public record CloudView(Cloud cloud, VmFootprint usage) {}

  /** Changes to a cloud; empty fields stay as they are. */
  public record CloudUpdate(
      Optional<String> name,
      Optional<String> description,
      Optional<CloudQuota> quota,
      Optional<? extends Collection<String>> hostGroupIds,
      Optional<? extends Collection<String>> libraryShareIds) {}

  public CloudView create(
      String name,
      String description,
      CloudQuota quota,
      Collection<String> hostGroupIds,
      Collection<String> shareIds) {
    InventoryScope s = access.current();
    if (!s.mayAdministerClouds()) {
      throw new DomainException(CommonError.FORBIDDEN, "Only Administrators may create clouds.");
    }
    Cloud c = Cloud.create(name, description, quota);
    requireFreeName(name, null);
    c.scopeTo(existingGroups(hostGroupIds), existingShares(shareIds));
    clouds.add(c);
    return new CloudView(c, VmFootprint.NONE);
  }

  public CloudView get(String id) {
    return view(readable(access.current(), id));
  }

  public Page<CloudView> list(Optional<String> nameContains, PageRequest page) {
    return clouds.list(access.current(), nameContains, page).map(this::view);
  }

  public CloudView update(String id, long expectedVersion, CloudUpdate u) {
    InventoryScope s = access.current();
    Cloud c = readable(s, id);
    if (!s.mayWriteCloud(c.id(), groups.pathsOf(c.hostGroupIds()).values())) {
      throw InventoryErrors.denied("cloud '" + c.name() + "'");
    }
    Versions.check(expectedVersion, c.version());
    if ((u.hostGroupIds().isPresent() || u.libraryShareIds().isPresent())
        && !s.mayAdministerClouds()) {
      throw new DomainException(
          CommonError.FORBIDDEN, "Only Administrators may change the scope of a cloud.");
    }
    u.name().ifPresent(n -> requireFreeName(n, c.id()));
    c.describe(u.name().orElse(c.name()), u.description().orElse(c.description()));
    VmFootprint usage = vms.usageOf(c.id());
    u.quota().ifPresent(q -> c.resize(q, usage));
    if (u.hostGroupIds().isPresent() || u.libraryShareIds().isPresent()) {
      List<HostGroup> newGroups =
          u.hostGroupIds().isPresent()
              ? existingGroups(u.hostGroupIds().get())
              : existingGroups(c.hostGroupIds());
      List<String> paths = newGroups.stream().map(HostGroup::path).toList();
      long outside = vms.countInCloudOutside(c.id(), paths);
      if (outside > 0) {
        throw new DomainException(
            InventoryError.INVENTORY_HOST_OUTSIDE_CLOUD,
            outside
                + " VM(s) of cloud '"
                + c.name()
                + "' run on hosts outside the new host groups; move them first.");
      }
      c.scopeTo(
          newGroups,
          u.libraryShareIds().isPresent()
              ? existingShares(u.libraryShareIds().get())
              : c.libraryShareIds());
    }
    return new CloudView(c, usage);
  }

  public void delete(String id, long expectedVersion) {
    InventoryScope s = access.current();
    Cloud c = readable(s, id);
    if (!s.mayAdministerClouds()) {
      throw InventoryErrors.denied("cloud '" + c.name() + "'");
    }
    Versions.check(expectedVersion, c.version());
    long count = vms.usageOf(c.id()).vms();
    if (count > 0) {
      throw new DomainException(
          InventoryError.INVENTORY_NOT_EMPTY,
          "Cloud '" + c.name() + "' still holds " + count + " VM(s); move them out first.");
    }
    clouds.remove(c);
  }

  /** A cloud named in a request body: 422 when it does not exist or is out of sight. */
  Cloud referenced(InventoryScope s, String id) {
    return clouds
        .findById(id)
        .filter(c -> s.mayReadCloud(c.id()))
        .orElseThrow(() -> InventoryErrors.missingReference("cloudId", "cloud", id));
  }

  VmFootprint usage(Cloud c) {
    return vms.usageOf(c.id());
  }

  /** Checks scope and quota for a VM entering or changing in the cloud. */
  void admit(
      Cloud c,
      String vmName,
      HostGroup hostsGroup,
      VmFootprint usage,
      VmFootprint before,
      VmFootprint after) {
    c.admit(vmName, hostsGroup, groups.pathsOf(c.hostGroupIds()).values(), usage, before, after);
  }

  /** Picks a host for a new VM of the cloud: the first available one by name in its scope. */
  Host pickHost(Cloud c, String vmName) {
    return hosts
        .firstAvailableIn(groups.pathsOf(c.hostGroupIds()).values())
        .orElseThrow(
            () ->
                new DomainException(
                    InventoryError.INVENTORY_HOST_OUTSIDE_CLOUD,
                    "Cloud '"
                        + c.name()
                        + "' has no available host (responding and not in maintenance) for VM '"
                        + vmName
                        + "'."));
  }

  private CloudView view(Cloud c) {
    return new CloudView(c, vms.usageOf(c.id()));
  }

  private Cloud readable(InventoryScope s, String id) {
    return clouds
        .findById(id)
        .filter(c -> s.mayReadCloud(c.id()))
        .orElseThrow(
            () -> InventoryErrors.notFound(InventoryError.INVENTORY_CLOUD_NOT_FOUND, "cloud", id));
  }

  private List<HostGroup> existingGroups(Collection<String> ids) {
    List<HostGroup> out = new ArrayList<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      out.add(
          groups
              .findById(id)
              .orElseThrow(
                  () -> InventoryErrors.missingReference("hostGroupIds", "host group", id)));
    }
    return out;
  }

  private List<String> existingShares(Collection<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids == null ? List.<String>of() : ids) {
      out.add(
          library
              .findShare(id)
              .orElseThrow(
                  () -> InventoryErrors.missingReference("libraryShareIds", "library share", id))
              .id());
    }
    return out;
  }

  private void requireFreeName(String name, String self) {
    InventoryErrors.requireFree(
        clouds.findByName(name), self, o -> InventoryErrors.duplicate("cloud", name, ""));
  }
}
