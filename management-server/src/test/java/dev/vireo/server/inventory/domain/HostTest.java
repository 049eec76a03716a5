package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostTest {
  private final HostGroup root = HostGroup.root();
  private final HostGroup a = HostGroup.createUnder(root, "A", "");
  private final HostGroup a1 = HostGroup.createUnder(a, "A1", "");
  private final HostGroup b = HostGroup.createUnder(root, "B", "");

  @Test
  void newHost_needsAttentionUntilRefreshed_thenResponds() {
    Host h = Fixtures.host(a, "kvm1");
    assertThat(h.status()).isEqualTo(HostStatus.NEEDS_ATTENTION);
    h.markResponding();
    assertThat(h.status()).isEqualTo(HostStatus.RESPONDING);
    h.markNotResponding("connection refused");
    assertThat(h.statusReason()).isEqualTo("connection refused");
  }

  @Test
  void maintenance_survivesHealthyReports_untilExited() {
    Host h = Fixtures.host(a, "kvm1");
    h.enterMaintenance("BIOS");
    h.markResponding();
    h.markNeedsAttention("disk");
    assertThat(h.status()).isEqualTo(HostStatus.MAINTENANCE);
    h.exitMaintenance();
    assertThat(h.status()).isEqualTo(HostStatus.RESPONDING);
  }

  @Test
  void joinCluster_requiresTheHostInsideTheClustersGroupSubtree() {
    HostCluster c = HostCluster.create("C", "", a);
    Host inside = Fixtures.host(a1, "in");
    inside.joinCluster(c, a1, a);
    assertThat(inside.clusterId()).contains(c.id());
    Host outside = Fixtures.host(b, "out");
    assertThatThrownBy(() -> outside.joinCluster(c, b, a))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_HOST_OUTSIDE_CLUSTER);
    assertThatThrownBy(() -> inside.moveTo(b, Optional.of(a)))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_HOST_OUTSIDE_CLUSTER);
    inside.moveTo(a, Optional.of(a));
    assertThat(inside.hostGroupId()).isEqualTo(a.id());
  }

  @Test
  void invalidSpec_reportsEveryField() {
    HostSpec spec = new HostSpec("ok", "", "bad address", null, "not a uri", null);
    assertThatThrownBy(() -> Host.register(spec, a, new HostCapacity(0, -1, 0)))
        .isInstanceOfSatisfying(
            DomainException.class,
            e ->
                assertThat(e.fieldErrors())
                    .extracting(f -> f.field())
                    .containsExactlyInAnyOrder(
                        "address",
                        "hypervisorKind",
                        "connectionUri",
                        "runAsAccountId",
                        "capacity.cpuCores",
                        "capacity.memoryBytes"));
  }
}
