package dev.vireo.server.hosts.domain;

import dev.vireo.server.inventory.domain.HostStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each running VM of a host going into maintenance moves: for every VM, in order, the
 * responding candidate host with the most free memory that still has room for it. Memory given to
 * one VM counts against its host for the next ones. VMs that fit nowhere are listed in {@link
 * #unplaced}.
 */
public record EvacuationPlan(Map<String, String> targetByVm, List<String> unplaced) {

  /** A host that could take VMs, with the memory it has free now. */
  public record Candidate(String hostId, String name, HostStatus status, long freeMemoryBytes) {}

  /** A VM to move, with the memory it needs. */
  public record Evacuee(String vmId, long memoryBytes) {}

  public EvacuationPlan {
    targetByVm = Map.copyOf(targetByVm);
    unplaced = List.copyOf(unplaced);
  }

  public static EvacuationPlan of(List<Evacuee> vms, List<Candidate> candidates, String source) {
    Map<String, Long> free = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.status() == HostStatus.RESPONDING && !c.hostId().equals(source)) {
        free.put(c.hostId(), c.freeMemoryBytes());
      }
    }
    Map<String, String> targets = new LinkedHashMap<>();
    List<String> unplaced = new ArrayList<>();
    for (Evacuee vm : vms) {
      Optional<String> best = mostFree(free, vm.memoryBytes());
      best.ifPresentOrElse(
          h -> {
            targets.put(vm.vmId(), h);
            free.merge(h, -vm.memoryBytes(), Long::sum);
          },
          () -> unplaced.add(vm.vmId()));
    }
    return new EvacuationPlan(targets, unplaced);
  }

  /** The host with the most free memory that has at least {@code needed}; ties by host id. */
  static Optional<String> mostFree(Map<String, Long> free, long needed) {
    return free.entrySet().stream()
        .filter(e -> e.getValue() >= needed)
        .max(
            Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey);
  }
}
