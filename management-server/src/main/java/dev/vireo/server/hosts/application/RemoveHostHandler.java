package dev.vireo.server.hosts.application;

import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code Hosts.Remove}: closes the connection and removes the host and its VMs' records from the
 * inventory. The domains stay on the host untouched (with their Vireo ids, so adding the host again
 * brings the same VMs back); the placement history is kept.
 */
@ApplicationScoped
public class RemoveHostHandler extends HostJobHandler {
  public static final String TYPE = "Hosts.Remove";
  static final String DISCONNECT = "Disconnect from the host";
  static final String REMOVE = "Remove the host and its VMs from the inventory";

  @Inject HostConnections connections;
  @Inject HostSynchronizer synchronizer;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  String verb() {
    return "Remove";
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(DISCONNECT, REMOVE);
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    String hostId = hostId(job.target());
    job.step(DISCONNECT, () -> connections.disconnect(hostId));
    // The periodic refresh or a host event may be reconciling this host right now: wait for it and
    // keep new ones off, else they update (or re-import) the VM rows being deleted. Done in this
    // step, not the first, so a restarted job is protected too.
    job.step(
        REMOVE,
        () -> synchronizer.withdraw(hostId, () -> ConflictRetry.run(() -> managed.forget(hostId))));
    job.result("{\"hostId\":\"" + hostId + "\",\"removed\":true}");
  }
}
