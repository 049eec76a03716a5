package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudTest {
  private final HostGroup root = HostGroup.root();
  private final HostGroup inside = HostGroup.createUnder(root, "Inside", "");
  private final HostGroup below = HostGroup.createUnder(inside, "Below", "");
  private final HostGroup outside = HostGroup.createUnder(root, "Outside", "");

  private Cloud cloud(CloudQuota q) {
    Cloud c = Cloud.create("Gold", "", q);
    c.scopeTo(List.of(inside), List.of());
    return c;
  }

  @Test
  void admit_aVmWithinQuotaOnAHostBelowTheScope_passes() {
    Cloud c = cloud(new CloudQuota(2, 8, 8192L, 100L));
    assertThatNoException()
        .isThrownBy(
            () ->
                c.admit(
                    "vm",
                    below,
                    List.of(inside.path()),
                    new VmFootprint(1, 4, 4096, 50),
                    VmFootprint.NONE,
                    new VmFootprint(1, 4, 4096, 50)));
  }

  @Test
  void admit_aHostOutsideTheScope_isRefused() {
    Cloud c = cloud(CloudQuota.unlimited());
    assertThatThrownBy(
            () ->
                c.admit(
                    "vm",
                    outside,
                    List.of(inside.path()),
                    VmFootprint.NONE,
                    VmFootprint.NONE,
                    new VmFootprint(1, 1, 1, 1)))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_HOST_OUTSIDE_CLOUD);
  }

  @Test
  void admit_beyondAnyQuota_isRefused_namingEveryExceededLimit() {
    Cloud c = cloud(new CloudQuota(1, 4, null, 100L));
    assertThatThrownBy(
            () ->
                c.admit(
                    "vm",
                    inside,
                    List.of(inside.path()),
                    new VmFootprint(1, 4, 4096, 90),
                    VmFootprint.NONE,
                    new VmFootprint(1, 1, 1 << 20, 20)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("VMs 2 > quota 1")
        .hasMessageContaining("vCPUs 5 > quota 4")
        .hasMessageContaining("storage bytes 110 > quota 100")
        .hasMessageNotContaining("memory")
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_QUOTA_EXCEEDED);
  }

  @Test
  void admit_aResize_countsOnlyTheDifference() {
    Cloud c = cloud(new CloudQuota(1, 4, null, null));
    VmFootprint usage = new VmFootprint(1, 4, 1024, 10);
    assertThatNoException()
        .isThrownBy(
            () ->
                c.admit(
                    "vm",
                    inside,
                    List.of(inside.path()),
                    usage,
                    new VmFootprint(1, 4, 1024, 10),
                    new VmFootprint(1, 4, 2048, 10)));
    assertThatThrownBy(
            () ->
                c.admit(
                    "vm",
                    inside,
                    List.of(inside.path()),
                    usage,
                    new VmFootprint(1, 4, 1024, 10),
                    new VmFootprint(1, 5, 1024, 10)))
        .hasMessageContaining("vCPUs 5 > quota 4");
  }

  @Test
  void resize_belowCurrentUsage_isRefused() {
    Cloud c = cloud(CloudQuota.unlimited());
    assertThatThrownBy(
            () -> c.resize(new CloudQuota(1, null, null, null), new VmFootprint(2, 2, 2, 2)))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_QUOTA_BELOW_USAGE);
    assertThat(c.quota().maxVms()).isEmpty();
  }

  @Test
  void negativeQuota_isInvalid() {
    assertThatThrownBy(() -> Cloud.create("C", "", new CloudQuota(-1, null, null, null)))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("quota.maxVms");
  }
}
