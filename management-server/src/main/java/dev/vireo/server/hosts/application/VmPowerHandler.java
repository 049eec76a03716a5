package dev.vireo.server.hosts.application;

import dev.vireo.drivers.spi.DriverException;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.application.VmRegistry;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A VM power operation as a job: asks the host, waits until the domain reaches the operation's
 * state (a guest shutdown can take a while) and records the state in the inventory.
 */
abstract class VmPowerHandler extends VmJobHandler {
  @Inject VmRegistry vmRegistry;

  abstract VmPowerOperation operation();

  @Override
  public String type() {
    return operation().type;
  }

  @Override
  String verb() {
    return operation().verb;
  }

  @Override
  Set<VmStatus> allowedFrom() {
    return operation().from;
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(operation().verb + " the VM", "Record the VM's state");
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    VmPowerOperation op = operation();
    Context c = context(job.target());
    job.step(op.verb + " the VM", () -> runAndWait(job, c, op));
    job.step(
        "Record the VM's state",
        () ->
            ConflictRetry.run(
                () -> vmRegistry.reportStatus(c.vm().id(), DomainMapping.status(op.reaches))));
    job.result(
        "{\"vmId\":\""
            + c.vm().id()
            + "\",\"status\":\""
            + DomainMapping.status(op.reaches)
            + "\"}");
  }

  private static void runAndWait(JobExecution job, Context c, VmPowerOperation op)
      throws InterruptedException {
    try {
      op.action.accept(c.driver(), c.uuid());
      Instant deadline = Instant.now().plus(op.timeout);
      while (c.driver().getDomain(c.uuid()).state() != op.reaches) {
        if (Instant.now().isAfter(deadline)) {
          throw new DomainException(
              HostsError.HOSTS_VM_STATE,
              "VM '"
                  + c.vm().name()
                  + "' did not reach "
                  + op.reaches
                  + " within "
                  + op.timeout.toSeconds()
                  + " s"
                  + (op == VmPowerOperation.SHUTDOWN
                      ? "; the guest may ignore ACPI: power it off instead."
                      : "."));
        }
        job.pause(Duration.ofMillis(250));
      }
    } catch (DriverException e) {
      throw DriverFailures.operation(e, op.verb + " VM '" + c.vm().name() + "'");
    }
  }
}
