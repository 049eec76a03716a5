package dev.vireo.server.hosts.domain;

import dev.vireo.server.inventory.domain.VmStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The difference between what the inventory places on a host and what the host reports, as three
 * lists of work: domains the inventory does not know on this host ({@link #unknown}), VMs the host
 * no longer reports ({@link #vanished}) and VMs whose state changed ({@link #changed}). A domain
 * matches a VM by hypervisor id, or else by the Vireo id in its metadata. VMs in {@code busy} (an
 * operation of Vireo is moving them) are left out on both sides.
 */
public record Reconciliation(
    List<ObservedDomain> unknown, List<KnownVm> vanished, List<StatusChange> changed) {

  /**
   * A VM whose reported state differs from the inventory's.
   *
   * @param hypervisorId the domain that reported {@code to}
   * @param from the state the inventory held when the plan was made
   */
  public record StatusChange(String vmId, String hypervisorId, VmStatus from, VmStatus to) {}

  public Reconciliation {
    unknown = List.copyOf(unknown);
    vanished = List.copyOf(vanished);
    changed = List.copyOf(changed);
  }

  public static Reconciliation plan(
      List<KnownVm> known, List<ObservedDomain> observed, Set<String> busy) {
    Map<String, KnownVm> byHypervisorId = new HashMap<>();
    Map<String, KnownVm> byVmId = new HashMap<>();
    for (KnownVm k : known) {
      if (!busy.contains(k.vmId())) {
        byHypervisorId.put(k.hypervisorId(), k);
        byVmId.put(k.vmId(), k);
      }
    }
    Set<String> seen = new HashSet<>();
    List<ObservedDomain> unknown = new ArrayList<>();
    List<StatusChange> changed = new ArrayList<>();
    for (ObservedDomain d : observed) {
      if (d.vireoVmId().filter(busy::contains).isPresent()) {
        continue;
      }
      Optional<KnownVm> match = match(d, byHypervisorId, byVmId);
      if (match.isEmpty()) {
        unknown.add(d);
        continue;
      }
      KnownVm k = match.get();
      seen.add(k.vmId());
      if (k.status() != d.status()) {
        changed.add(new StatusChange(k.vmId(), d.hypervisorId(), k.status(), d.status()));
      }
    }
    List<KnownVm> vanished =
        byVmId.values().stream().filter(k -> !seen.contains(k.vmId())).toList();
    return new Reconciliation(unknown, vanished, changed);
  }

  private static Optional<KnownVm> match(
      ObservedDomain d, Map<String, KnownVm> byHypervisorId, Map<String, KnownVm> byVmId) {
    KnownVm k = byHypervisorId.get(d.hypervisorId());
    if (k != null) {
      return Optional.of(k);
    }
    return d.vireoVmId().map(byVmId::get);
  }

  public boolean isEmpty() {
    return unknown.isEmpty() && vanished.isEmpty() && changed.isEmpty();
  }
}
