package dev.vireo.server.hosts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.inventory.domain.VmStatus;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static ObservedDomain domain(String uuid, String vireoId, VmStatus s) {
    return new ObservedDomain(uuid, Optional.ofNullable(vireoId), "d-" + uuid, s);
  }

  @Test
  void domainsTheInventoryDoesNotKnow_areUnknown() {
    Reconciliation r =
        Reconciliation.plan(
            List.of(new KnownVm("vm1", "u1", VmStatus.RUNNING)),
            List.of(domain("u1", "vm1", VmStatus.RUNNING), domain("u2", null, VmStatus.STOPPED)),
            Set.of());
    assertThat(r.unknown()).extracting(ObservedDomain::hypervisorId).containsExactly("u2");
    assertThat(r.vanished()).isEmpty();
    assertThat(r.changed()).isEmpty();
  }

  @Test
  void vmsTheHostNoLongerReports_vanish() {
    Reconciliation r =
        Reconciliation.plan(
            List.of(
                new KnownVm("vm1", "u1", VmStatus.RUNNING),
                new KnownVm("vm2", "u2", VmStatus.STOPPED)),
            List.of(domain("u1", "vm1", VmStatus.RUNNING)),
            Set.of());
    assertThat(r.vanished()).extracting(KnownVm::vmId).containsExactly("vm2");
    assertThat(r.unknown()).isEmpty();
  }

  @Test
  void changedStates_areReportedWithBothStates_includingHostNotResponding() {
    Reconciliation r =
        Reconciliation.plan(
            List.of(
                new KnownVm("vm1", "u1", VmStatus.HOST_NOT_RESPONDING),
                new KnownVm("vm2", "u2", VmStatus.RUNNING)),
            List.of(domain("u1", "vm1", VmStatus.RUNNING), domain("u2", "vm2", VmStatus.PAUSED)),
            Set.of());
    assertThat(r.changed())
        .containsExactlyInAnyOrder(
            new Reconciliation.StatusChange(
                "vm1", "u1", VmStatus.HOST_NOT_RESPONDING, VmStatus.RUNNING),
            new Reconciliation.StatusChange("vm2", "u2", VmStatus.RUNNING, VmStatus.PAUSED));
  }

  @Test
  void aDomainWithANewUuidButAKnownVireoId_matchesItsVm() {
    Reconciliation r =
        Reconciliation.plan(
            List.of(new KnownVm("vm1", "old-uuid", VmStatus.STOPPED)),
            List.of(domain("new-uuid", "vm1", VmStatus.STOPPED)),
            Set.of());
    assertThat(r.isEmpty()).isTrue();
  }

  @Test
  void busyVms_areLeftAloneOnBothSides() {
    Reconciliation r =
        Reconciliation.plan(
            List.of(new KnownVm("vm1", "u1", VmStatus.RUNNING)),
            List.of(domain("u9", "vm9", VmStatus.RUNNING)),
            Set.of("vm1", "vm9"));
    assertThat(r.isEmpty()).isTrue();
  }
}
