package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Base of the jobs that work on one VM (target type {@code vm}): validation checks the caller may
 * change the VM (fabric scope, or a Tenant/Application Administrator's clouds and ownership), that
 * the VM is on a managed host and that its state allows the operation. Holds {@code vm:<id>}.
 */
abstract class VmJobHandler implements JobHandler {
  static final String TARGET_TYPE = "vm";

  @Inject HostAccess access;
  @Inject ManagedHosts managed;
  @Inject HostConnections connections;

  /** States the VM may be in; empty means any state of a VM on a responding host. */
  abstract Set<VmStatus> allowedFrom();

  Set<String> parameterNames() {
    return Set.of();
  }

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    p.requireOnly(parameterNames());
    Vm vm = access.writableVm(vmId(target));
    hostOf(vm);
    if (!allowedFrom().isEmpty() && !allowedFrom().contains(vm.status())) {
      throw new DomainException(
          HostsError.HOSTS_VM_STATE,
          "VM '"
              + vm.name()
              + "' is "
              + vm.status()
              + "; this needs one of "
              + allowedFrom()
              + ".");
    }
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return verb() + " VM " + target.map(JobTarget::name).orElse("");
  }

  abstract String verb();

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of("vm:" + vmId(target));
  }

  /** The managed host the VM is on, or an error saying why there is none. */
  Host hostOf(Vm vm) {
    Host h =
        vm.hostId()
            .flatMap(managed::host)
            .orElseThrow(
                () ->
                    new DomainException(
                        HostsError.HOSTS_VM_STATE,
                        "VM '" + vm.name() + "' is missing: no host reports it."));
    managed.require(h);
    return h;
  }

  /** The VM as the job's owner may change it, its host's connection and its domain id. */
  record Context(Vm vm, Host host, HypervisorDriver driver, DomainUuid uuid) {}

  Context context(Optional<JobTarget> target) {
    Vm vm = access.writableVm(vmId(target));
    Host h = hostOf(vm);
    return new Context(vm, h, connections.connect(h), DomainUuid.parse(vm.hypervisorId()));
  }

  static String vmId(Optional<JobTarget> target) {
    return target
        .filter(t -> TARGET_TYPE.equals(t.type()))
        .map(JobTarget::id)
        .orElseThrow(
            () ->
                new DomainException(
                    CommonError.VALIDATION_FAILED, "The job needs a VM as its target."));
  }

  static JobTarget target(Vm vm) {
    return new JobTarget(TARGET_TYPE, vm.id(), vm.name());
  }
}
