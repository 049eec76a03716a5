package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.Cloud;
import dev.vireo.server.inventory.domain.CloudRepository;
import dev.vireo.server.inventory.domain.HostClusterRepository;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.InventoryScope;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmRepository;
import dev.vireo.server.jobs.application.JobScopes;
import dev.vireo.server.jobs.domain.JobAnchor;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.JobVisibility;
import dev.vireo.server.security.domain.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Anchors jobs in the fabric: a job on a host, cluster or host group sits at that host group's
 * path; a job on a VM at its host's group and in its cloud; a job on a cloud in that cloud. Jobs
 * without a target are anchored by their {@code hostGroupId} or {@code hostId} input (adding a
 * host, creating a VM). Reads the inventory without the caller's scope: anchoring only records
 * where an object is, it does not reveal it.
 */
@ApplicationScoped
public class InventoryJobScopes implements JobScopes {
  @Inject HostGroupRepository groups;
  @Inject HostRepository hosts;
  @Inject HostClusterRepository clusters;
  @Inject VmRepository vms;
  @Inject CloudRepository clouds;
  @Inject InventoryAccess access;

  @Override
  public JobAnchor anchorOf(Optional<JobTarget> target, JobParameters parameters) {
    if (target.isPresent()) {
      return anchorOf(target.get());
    }
    Optional<String> group = text(parameters, "hostGroupId");
    if (group.isPresent()) {
      return new JobAnchor(groupPath(group.get()), Optional.empty());
    }
    return text(parameters, "hostId")
        .map(h -> new JobAnchor(hostPath(h), Optional.empty()))
        .orElse(JobAnchor.none());
  }

  private JobAnchor anchorOf(JobTarget t) {
    return switch (t.type()) {
      case "host" -> new JobAnchor(hostPath(t.id()), Optional.empty());
      case "host-group" -> new JobAnchor(groupPath(t.id()), Optional.empty());
      case "cluster" ->
          new JobAnchor(
              clusters.findById(t.id()).flatMap(c -> groupPath(c.hostGroupId())), Optional.empty());
      case "vm" -> {
        Optional<Vm> vm = vms.findById(t.id());
        yield new JobAnchor(
            vm.flatMap(Vm::hostId).flatMap(this::hostPath), vm.flatMap(Vm::cloudId));
      }
      case "cloud" -> new JobAnchor(Optional.empty(), clouds.findById(t.id()).map(Cloud::id));
      default -> JobAnchor.none();
    };
  }

  @Override
  public JobVisibility visibilityOf(AccessScope s) {
    InventoryScope scope = access.scopeOf(s);
    Set<String> readClouds = new HashSet<>(scope.readClouds());
    readClouds.addAll(scope.manageAllVmClouds());
    return new JobVisibility(
        s.userId(), scope.readPaths(), scope.writePaths(), readClouds, scope.manageAllVmClouds());
  }

  private Optional<String> hostPath(String hostId) {
    return hosts.findById(hostId).flatMap(h -> groupPath(h.hostGroupId()));
  }

  private Optional<String> groupPath(String groupId) {
    return groups.findById(groupId).map(HostGroup::path);
  }

  private static Optional<String> text(JobParameters p, String name) {
    try {
      return p.optionalString(name).filter(v -> !v.isBlank());
    } catch (RuntimeException e) {
      return Optional.empty(); // not a string: the handler's validation reports it
    }
  }
}
