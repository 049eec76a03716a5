package dev.vireo.server.hosts.application;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.jobs.application.JobService;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;

/**
 * Starts host-management jobs for the API: resolves the host or VM (404 when the caller cannot see
 * it, 403 when it may not change it) and submits the job, whose handler validates the rest before
 * anything is stored.
 */
@ApplicationScoped
@Transactional
public class HostActions {
  /** VM actions by their name in {@code /vms/{id}/actions/{action}}. */
  private static final Map<String, String> VM_ACTIONS =
      Map.of(
          "start", VmPowerOperation.START.type,
          "shutdown", VmPowerOperation.SHUTDOWN.type,
          "stop", VmPowerOperation.STOP.type,
          "pause", VmPowerOperation.PAUSE.type,
          "resume", VmPowerOperation.RESUME.type,
          "save", VmPowerOperation.SAVE.type,
          "delete", DeleteVmHandler.TYPE,
          "migrate", MigrateVmHandler.TYPE);

  @Inject JobService jobs;
  @Inject HostAccess access;

  public Job addHost(Map<String, Object> parameters) {
    return jobs.submit(AddHostHandler.TYPE, JobParameters.of(parameters), Optional.empty());
  }

  public Job createVm(Map<String, Object> parameters) {
    return jobs.submit(CreateVmHandler.TYPE, JobParameters.of(parameters), Optional.empty());
  }

  public Job refreshHost(String hostId) {
    return onHost(RefreshHostHandler.TYPE, hostId, Map.of());
  }

  public Job removeHost(String hostId) {
    return onHost(RemoveHostHandler.TYPE, hostId, Map.of());
  }

  public Job enterMaintenance(String hostId, Map<String, Object> parameters) {
    return onHost(EnterMaintenanceHandler.TYPE, hostId, parameters);
  }

  /**
   * Starts VM action {@code action} (start, shutdown, stop, pause, resume, save, delete, migrate).
   */
  public Job onVm(String vmId, String action, Map<String, Object> parameters) {
    String type =
        Optional.ofNullable(VM_ACTIONS.get(action))
            .orElseThrow(
                () ->
                    new DomainException(
                        CommonError.NOT_FOUND,
                        "There is no VM action '"
                            + action
                            + "'; actions are "
                            + VM_ACTIONS.keySet()
                            + "."));
    Vm vm = access.writableVm(vmId);
    return jobs.submit(type, JobParameters.of(parameters), Optional.of(VmJobHandler.target(vm)));
  }

  private Job onHost(String type, String hostId, Map<String, Object> parameters) {
    Host h = access.writableHost(hostId);
    return jobs.submit(type, JobParameters.of(parameters), Optional.of(HostJobHandler.target(h)));
  }
}
