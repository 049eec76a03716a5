package dev.vireo.server.jobs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobVisibilityTest {
  private static final JobAnchor IN_A1 =
      new JobAnchor(Optional.of("/root/a/a1/"), Optional.empty());
  private static final JobAnchor IN_B = new JobAnchor(Optional.of("/root/b/"), Optional.empty());
  private static final JobAnchor VM_IN_CLOUD =
      new JobAnchor(Optional.of("/root/b/"), Optional.of("cloud-1"));

  @Test
  void ownJobsAreAlwaysVisibleAndChangeable() {
    JobVisibility v = JobVisibility.ownOnly("u1");
    assertThat(v.sees("u1", IN_B)).isTrue();
    assertThat(v.mayChange("u1", JobAnchor.none())).isTrue();
    assertThat(v.sees("u2", IN_B)).isFalse();
  }

  @Test
  void aHostGroupScopeCoversJobsAnchoredInItsSubtreeOnly() {
    JobVisibility v =
        new JobVisibility("u1", Set.of("/root/a/"), Set.of("/root/a/"), Set.of(), Set.of());
    assertThat(v.sees("admin", IN_A1)).isTrue();
    assertThat(v.mayChange("admin", IN_A1)).isTrue();
    assertThat(v.sees("admin", IN_B)).isFalse();
    assertThat(v.sees("admin", JobAnchor.none())).isFalse();
  }

  @Test
  void readScopeSeesButDoesNotChange() {
    JobVisibility v = new JobVisibility("u1", Set.of("/root/a/"), Set.of(), Set.of(), Set.of());
    assertThat(v.sees("admin", IN_A1)).isTrue();
    assertThat(v.mayChange("admin", IN_A1)).isFalse();
  }

  @Test
  void aCloudScopeCoversJobsOnObjectsInThatCloud() {
    JobVisibility reader = new JobVisibility("u1", Set.of(), Set.of(), Set.of("cloud-1"), Set.of());
    JobVisibility manager =
        new JobVisibility("u1", Set.of(), Set.of(), Set.of("cloud-1"), Set.of("cloud-1"));
    assertThat(reader.sees("admin", VM_IN_CLOUD)).isTrue();
    assertThat(reader.mayChange("admin", VM_IN_CLOUD)).isFalse();
    assertThat(manager.mayChange("admin", VM_IN_CLOUD)).isTrue();
    assertThat(manager.sees("admin", IN_B)).isFalse();
  }

  @Test
  void aPathPrefixMustEndAtAGroupBoundary() {
    // materialised paths end with '/', so group "a" does not cover a sibling named "ab"
    JobVisibility v = new JobVisibility("u1", Set.of("/root/a/"), Set.of(), Set.of(), Set.of());
    assertThat(v.sees("admin", new JobAnchor(Optional.of("/root/ab/"), Optional.empty())))
        .isFalse();
  }
}
