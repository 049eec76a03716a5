package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.manifest.Manifest;
import dev.vireo.backup.manifest.PointKind;
import dev.vireo.backup.manifest.RecoveryPointId;
import dev.vireo.backup.manifest.VmId;
import dev.vireo.backup.prune.PrunePlan;
import dev.vireo.backup.prune.RetentionPlanner;
import dev.vireo.backup.prune.RetentionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionPlannerTest {
  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  /** One point every 6 hours for 90 days, newest first in the list returned. */
  static List<Manifest> points(String vm, int count) {
    List<Manifest> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant t = NOW.minus(Duration.ofHours(6L * i));
      out.add(
          new Manifest(
              RecoveryPointId.create(t),
              new VmId(vm),
              t,
              PointKind.INCREMENTAL,
              Optional.empty(),
              List.of()));
    }
    return out;
  }

  @Test
  void keepLast_keepsExactlyTheNewest() {
    List<Manifest> ps = points("a", 10);
    PrunePlan plan = RetentionPlanner.plan(ps, new RetentionPolicy(3, 0, 0, 0, 0), NOW);
    assertThat(plan.keep())
        .containsOnlyKeys(ps.get(0).pointId(), ps.get(1).pointId(), ps.get(2).pointId());
    assertThat(plan.remove()).hasSize(7);
  }

  @Test
  void keepDaily_keepsNewestPointOfEachDay() {
    List<Manifest> ps = points("a", 40);
    PrunePlan plan = RetentionPlanner.plan(ps, new RetentionPolicy(0, 5, 0, 0, 0), NOW);
    // points at 12:00, 06:00, 00:00 today, then 18:00 of each earlier day: newest per day
    assertThat(plan.keep())
        .containsOnlyKeys(
            ps.get(0).pointId(),
            ps.get(3).pointId(),
            ps.get(7).pointId(),
            ps.get(11).pointId(),
            ps.get(15).pointId());
  }

  @Test
  void weeklyAndMonthly_keepOnePerBucket() {
    List<Manifest> ps = points("a", 360);
    PrunePlan plan = RetentionPlanner.plan(ps, new RetentionPolicy(0, 0, 4, 3, 0), NOW);
    long weekly = plan.keep().values().stream().filter(r -> r.contains("weekly")).count();
    long monthly = plan.keep().values().stream().filter(r -> r.contains("monthly")).count();
    assertThat(weekly).isEqualTo(4);
    assertThat(monthly).isEqualTo(3);
  }

  @Test
  void withinDays_keepsEverythingInRange_perVm() {
    List<Manifest> ps = new ArrayList<>(points("a", 20));
    ps.addAll(points("b", 20));
    PrunePlan plan = RetentionPlanner.plan(ps, new RetentionPolicy(0, 0, 0, 0, 2), NOW);
    assertThat(plan.keep()).hasSize(2 * 8);
    assertThat(plan.remove()).hasSize(2 * 12);
  }

  @Test
  void emptyPolicy_isRefused() {
    assertThatThrownBy(() -> new RetentionPolicy(0, 0, 0, 0, 0))
        .isInstanceOf(BackupException.class);
  }
}
