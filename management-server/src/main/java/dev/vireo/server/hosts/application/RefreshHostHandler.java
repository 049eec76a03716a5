package dev.vireo.server.hosts.application;

import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code Hosts.Refresh}: reconnects if needed, updates status and capacity, and reconciles the
 * host's domains with the inventory (new ones imported, vanished ones Missing, states applied).
 */
@ApplicationScoped
public class RefreshHostHandler extends HostJobHandler {
  public static final String TYPE = "Hosts.Refresh";
  static final String REFRESH = "Refresh the host";

  @Inject HostSynchronizer synchronizer;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  String verb() {
    return "Refresh";
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(REFRESH);
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    String hostId = hostId(job.target());
    AtomicReference<HostSynchronizer.RefreshSummary> s = new AtomicReference<>();
    job.step(REFRESH, () -> s.set(synchronizer.refresh(hostId, job::progress)));
    job.result(s.get().json(hostId));
  }
}
