package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DriverException;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.VmDisk;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * {@code Vms.Delete}: removes a stopped VM's definition from its host (with its saved state and
 * checkpoint metadata) and its record from the inventory. With {@code deleteDisks: true} its disk
 * images are deleted too; by default they stay.
 */
@ApplicationScoped
public class DeleteVmHandler extends VmJobHandler {
  public static final String TYPE = "Vms.Delete";
  static final String UNDEFINE = "Remove the VM from its host";
  static final String DISKS = "Delete the disk images";
  static final String FORGET = "Remove the VM from the inventory";

  @Inject VmRegistry vmRegistry;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  String verb() {
    return "Delete";
  }

  @Override
  Set<VmStatus> allowedFrom() {
    return Set.of(VmStatus.STOPPED, VmStatus.SAVED);
  }

  @Override
  Set<String> parameterNames() {
    return Set.of("deleteDisks");
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(UNDEFINE, DISKS, FORGET);
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    Context c = context(job.target());
    boolean disks = job.parameters().optionalBoolean("deleteDisks").orElse(false);
    connections.markBusy(c.vm().id());
    try {
      job.step(UNDEFINE, () -> c.driver().undefine(c.uuid()));
      job.step(DISKS, () -> deleteDisks(c, disks));
      job.step(FORGET, () -> ConflictRetry.run(() -> forget(c.vm().id())));
    } catch (DriverException e) {
      throw DriverFailures.operation(e, "Deleting VM '" + c.vm().name() + "'");
    } finally {
      connections.release(c.vm().id());
    }
    job.result(
        "{\"vmId\":\"" + c.vm().id() + "\",\"deleted\":true,\"disksDeleted\":" + disks + "}");
  }

  private static void deleteDisks(Context c, boolean disks) {
    if (disks) {
      c.vm().hardware().disks().stream().map(VmDisk::path).forEach(c.driver()::deleteVolume);
    }
  }

  private void forget(String vmId) {
    vmRegistry.delete(vmId, access.writableVm(vmId).version());
  }
}
