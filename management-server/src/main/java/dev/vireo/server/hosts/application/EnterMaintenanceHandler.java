package dev.vireo.server.hosts.application;

import dev.vireo.server.hosts.domain.EvacuationPlan;
import dev.vireo.server.hosts.domain.HostsError;
import dev.vireo.server.inventory.application.HostRegistry;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmStatus;
import dev.vireo.server.jobs.application.JobExecution;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code Hosts.EnterMaintenance}: evacuates a host's running and paused VMs by live-migrating them
 * (shared storage) to other Responding managed hosts of its cluster, or of its host group when it
 * is in no cluster, each to the host with the most free memory; then puts the host in maintenance
 * mode. When some VM fits nowhere the job fails before moving anything.
 */
@ApplicationScoped
public class EnterMaintenanceHandler extends HostJobHandler {
  public static final String TYPE = "Hosts.EnterMaintenance";
  static final String PLAN = "Choose target hosts";
  static final String EVACUATE = "Evacuate running VMs";
  static final String MARK = "Enter maintenance mode";
  private static final long MIB = 1024L * 1024;

  @Inject HostConnections connections;
  @Inject HostRegistry hostRegistry;
  @Inject VmMigrator migrator;

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  String verb() {
    return "Put in maintenance";
  }

  @Override
  Set<String> parameterNames() {
    return Set.of("reason");
  }

  @Override
  public List<String> steps(JobParameters p) {
    return List.of(PLAN, EVACUATE, MARK);
  }

  @Override
  public void execute(JobExecution job) throws Exception {
    Host host = access.writableHost(hostId(job.target()));
    List<Vm> running =
        managed.vmsOn(host.id()).stream()
            .filter(v -> v.status() == VmStatus.RUNNING || v.status() == VmStatus.PAUSED)
            .toList();
    AtomicReference<EvacuationPlan> plan = new AtomicReference<>();
    job.step(PLAN, () -> plan.set(plan(host, running)));
    List<String> moved = new ArrayList<>();
    job.step(EVACUATE, () -> evacuate(job, host, running, plan.get(), moved));
    job.step(
        MARK,
        () ->
            hostRegistry.enterMaintenance(
                host.id(), job.parameters().optionalString("reason").orElse(null)));
    job.result("{\"hostId\":\"" + host.id() + "\",\"evacuated\":" + moved.size() + "}");
  }

  private EvacuationPlan plan(Host host, List<Vm> running) {
    List<EvacuationPlan.Candidate> candidates = new ArrayList<>();
    for (Host peer : managed.peersOf(host)) {
      freeMemory(peer)
          .ifPresent(
              free ->
                  candidates.add(
                      new EvacuationPlan.Candidate(peer.id(), peer.name(), peer.status(), free)));
    }
    EvacuationPlan plan =
        EvacuationPlan.of(
            running.stream()
                .map(v -> new EvacuationPlan.Evacuee(v.id(), v.hardware().memoryMb() * MIB))
                .toList(),
            candidates,
            host.id());
    if (!plan.unplaced().isEmpty()) {
      Map<String, Vm> byId =
          running.stream().collect(Collectors.toMap(Vm::id, Function.identity()));
      throw new DomainException(
          HostsError.HOSTS_NO_TARGET,
          "No Responding host of the same cluster or host group has room for "
              + plan.unplaced().stream().map(id -> "'" + byId.get(id).name() + "'").toList()
              + "; nothing was moved.");
    }
    return plan;
  }

  private Optional<Long> freeMemory(Host peer) {
    try {
      return Optional.of(connections.connect(peer).hostInfo().freeMemoryBytes());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private void evacuate(
      JobExecution job, Host host, List<Vm> running, EvacuationPlan plan, List<String> moved)
      throws InterruptedException {
    int i = 0;
    for (Vm vm : running) {
      Host to = managed.host(plan.targetByVm().get(vm.id())).orElseThrow();
      int base = i * 100 / running.size();
      int span = 100 / running.size();
      migrator.migrate(
          vm, host, to, VmMigrator.StorageChoice.SHARED, p -> job.progress(base + p * span / 100));
      moved.add(vm.id());
      i++;
    }
  }
}
