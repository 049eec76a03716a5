package dev.vireo.server.hosts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.hosts.domain.EvacuationPlan.Candidate;
import dev.vireo.server.hosts.domain.EvacuationPlan.Evacuee;
import dev.vireo.server.inventory.domain.HostStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvacuationPlanTest {
  private static final long GIB = 1L << 30;

  @Test
  void eachVm_goesToTheRespondingHostWithTheMostFreeMemory() {
    EvacuationPlan p =
        EvacuationPlan.of(
            List.of(new Evacuee("vm1", GIB)),
            List.of(
                new Candidate("h2", "h2", HostStatus.RESPONDING, 4 * GIB),
                new Candidate("h3", "h3", HostStatus.RESPONDING, 8 * GIB)),
            "h1");
    assertThat(p.targetByVm()).containsEntry("vm1", "h3");
    assertThat(p.unplaced()).isEmpty();
  }

  @Test
  void memoryGivenToOneVm_countsForTheNext() {
    EvacuationPlan p =
        EvacuationPlan.of(
            List.of(new Evacuee("vm1", 3 * GIB), new Evacuee("vm2", 3 * GIB)),
            List.of(
                new Candidate("h2", "h2", HostStatus.RESPONDING, 5 * GIB),
                new Candidate("h3", "h3", HostStatus.RESPONDING, 6 * GIB)),
            "h1");
    assertThat(p.targetByVm()).containsEntry("vm1", "h3").containsEntry("vm2", "h2");
  }

  @Test
  void hostsNotResponding_inMaintenance_orTheSourceItself_areNeverChosen() {
    EvacuationPlan p =
        EvacuationPlan.of(
            List.of(new Evacuee("vm1", GIB)),
            List.of(
                new Candidate("h1", "h1", HostStatus.RESPONDING, 64 * GIB),
                new Candidate("h2", "h2", HostStatus.NOT_RESPONDING, 64 * GIB),
                new Candidate("h3", "h3", HostStatus.MAINTENANCE, 64 * GIB)),
            "h1");
    assertThat(p.targetByVm()).isEmpty();
    assertThat(p.unplaced()).containsExactly("vm1");
  }

  @Test
  void aVmThatFitsNowhere_isUnplaced_whileOthersArePlaced() {
    EvacuationPlan p =
        EvacuationPlan.of(
            List.of(new Evacuee("big", 16 * GIB), new Evacuee("small", GIB)),
            List.of(new Candidate("h2", "h2", HostStatus.RESPONDING, 4 * GIB)),
            "h1");
    assertThat(p.unplaced()).containsExactly("big");
    assertThat(p.targetByVm()).containsEntry("small", "h2");
  }
}
