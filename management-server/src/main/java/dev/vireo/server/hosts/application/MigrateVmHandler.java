package dev.vireo.server.hosts.application;

import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostStatus;
import dev.vireo.server.inventory.domain.InventoryError;
import dev.vireo.server.inventory.domain.InventoryErrors;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Vms.Migrate}: live-migrates a running or paused VM (or moves a stopped one's definition)
 * to {@code targetHostId}, with {@code storage} {@code shared} (default: the target must see the
 * disk images at the same paths) or {@code copy} (to {@code targetPool}, default {@code local}, or
 * the pool at {@code targetPath}). Needs fabric write scope on both hosts. The placement is
 * recorded as initiated by Vireo.
 */
@ApplicationScoped
public class MigrateVmHandler extends VmJobHandler {
  public static final String TYPE = "Vms.Migrate";
  static final String MIGRATE = "Migrate the VM";

  @Inject VmMigrator migrator;
  @Inject HostRegistry hostRegistry;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  String verb() {
    return "Migrate";
  }

  @Override
  Set<VmStatus> allowedFrom() {
    return Set.of(VmStatus.RUNNING, VmStatus.PAUSED, VmStatus.STOPPED);
  }

  @Override
  Set<String> parameterNames() {
    return Set.of("targetHostId", "storage", "targetPool", "targetPath");
  }

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    super.validate(p, target, caller);
    Vm vm = access.writableVm(vmId(target));
    access.writableHost(hostOf(vm).id());
    Host to = targetHost(targetHostId(p));
    managed.require(to);
    if (to.id().equals(vm.hostId().orElse(""))) {
      throw new DomainException(
          HostsError.HOSTS_VM_STATE,
          "VM '" + vm.name() + "' already is on host '" + to.name() + "'.");
    }
    if (to.status() != HostStatus.RESPONDING) {
      throw new DomainException(
          HostsError.HOSTS_NO_TARGET,
          "Host '" + to.name() + "' is " + to.status() + ", not Responding.");
    }
    storage(p);
  }

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of("vm:" + vmId(target));
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(MIGRATE);
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    Context c = context(job.target());
    Host to = hostRegistry.get(targetHostId(job.parameters()));
    VmMigrator.StorageChoice storage = storage(job.parameters());
    long[] ms = new long[1];
    job.step(MIGRATE, () -> ms[0] = migrator.migrate(c.vm(), c.host(), to, storage, job::progress));
    job.result(
        "{\"vmId\":\"%s\",\"fromHostId\":\"%s\",\"toHostId\":\"%s\",\"storageMoved\":%s,\"durationMs\":%d}"
            .formatted(c.vm().id(), c.host().id(), to.id(), storage.copy(), ms[0]));
  }

  private Host targetHost(String id) {
    try {
      return access.writableHost(id);
    } catch (DomainException e) {
      if (e.errorCode() == InventoryError.INVENTORY_HOST_NOT_FOUND) {
        throw InventoryErrors.missingReference("targetHostId", "host", id);
      }
      throw e;
    }
  }

  private static String targetHostId(JobParameters p) {
    return p.optionalString("targetHostId")
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> invalid("targetHostId", "is required"));
  }

  static VmMigrator.StorageChoice storage(JobParameters p) {
    String s = p.optionalString("storage").orElse("shared");
    if (!s.equals("shared") && !s.equals("copy")) {
      throw invalid("storage", "must be shared or copy");
    }
    return new VmMigrator.StorageChoice(
        s.equals("copy"), p.optionalString("targetPool"), p.optionalString("targetPath"));
  }

  private static DomainException invalid(String field, String message) {
    return new DomainException(
        CommonError.VALIDATION_FAILED,
        "Field '" + field + "' " + message + ".",
        List.of(new FieldError(field, message)));
  }
}
