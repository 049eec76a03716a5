package dev.vireo.server.hosts.application;

import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.application.ManagedHostWork;
import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Takes over the inventory's maintenance and removal requests for hosts Vireo manages. */
@ApplicationScoped
public class ManagedHostHandover implements ManagedHostWork {
  @Inject ManagedHosts managed;
  @Inject HostActions actions;
  @Inject HostRegistry hosts;

  @Override
  public Optional<Job> enterMaintenance(String hostId, String reason) {
    if (managed.find(hostId).isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> parameters = new HashMap<>();
    if (reason != null) {
      parameters.put("reason", reason);
    }
    return Optional.of(actions.enterMaintenance(hostId, parameters));
  }

  @Override
  public Optional<Job> remove(String hostId, long expectedVersion) {
    if (managed.find(hostId).isEmpty()) {
      return Optional.empty();
    }
    Versions.check(expectedVersion, hosts.get(hostId).version());
    return Optional.of(actions.removeHost(hostId));
  }
}
