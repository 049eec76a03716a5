package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InventoryScopeTest {
  private final HostGroup root = HostGroup.root();
  private final HostGroup a = HostGroup.createUnder(root, "A", "");
  private final HostGroup a1 = HostGroup.createUnder(a, "A1", "");
  private final HostGroup b = HostGroup.createUnder(root, "B", "");
  private static final Optional<String> NONE = Optional.empty();

  private InventoryScope scope(
      Set<String> read,
      Set<String> write,
      Set<String> readClouds,
      Set<String> all,
      Set<String> own) {
    return new InventoryScope(false, "me", read, write, readClouds, all, own);
  }

  @Test
  void administrator_mayDoEverything() {
    InventoryScope s = InventoryScope.unrestricted("admin");
    assertThat(s.mayWriteGroup(b.path())).isTrue();
    assertThat(s.mayWriteVm(NONE, NONE, NONE)).isTrue();
    assertThat(s.mayWriteCloud("c", Set.of(b.path()))).isTrue();
  }

  @Test
  void fabricAdministrator_writesItsSubtree_only() {
    InventoryScope s =
        scope(Set.of(a.path()), Set.of(a.path()), Set.of("ca"), Set.of("ca"), Set.of());
    assertThat(s.mayWriteGroup(a1.path())).isTrue();
    assertThat(s.mayReadGroup(b.path())).isFalse();
    assertThat(s.mayReadGroup(root.path())).isFalse();
    assertThat(s.mayWriteVm(Optional.of(a1.path()), NONE, NONE)).isTrue();
    assertThat(s.mayReadVm(Optional.of(b.path()), NONE, NONE)).isFalse();
    assertThat(s.mayWriteCloud("ca", Set.of(a1.path()))).isTrue();
    assertThat(s.mayWriteCloud("ca", Set.of(a1.path(), b.path()))).isFalse();
    assertThat(s.mayAdministerClouds()).isFalse();
  }

  @Test
  void readOnlyAdministrator_readsButNeverWrites() {
    InventoryScope s = scope(Set.of(a.path()), Set.of(), Set.of("cb"), Set.of(), Set.of());
    assertThat(s.mayReadGroup(a1.path())).isTrue();
    assertThat(s.mayWriteGroup(a1.path())).isFalse();
    assertThat(s.mayReadVm(Optional.of(b.path()), Optional.of("cb"), NONE)).isTrue();
    assertThat(s.mayWriteVm(Optional.of(b.path()), Optional.of("cb"), NONE)).isFalse();
    assertThat(s.mayWriteCloud("cb", Set.of(b.path()))).isFalse();
  }

  @Test
  void tenantAdministrator_managesEveryVmOfItsClouds_butSeesNoFabric() {
    InventoryScope s = scope(Set.of(), Set.of(), Set.of("ca"), Set.of("ca"), Set.of());
    assertThat(s.seesFabric()).isFalse();
    assertThat(s.mayWriteVm(Optional.of(b.path()), Optional.of("ca"), Optional.of("someone")))
        .isTrue();
    assertThat(s.mayReadVm(Optional.of(b.path()), Optional.of("cb"), NONE)).isFalse();
    assertThat(s.mayWriteCloud("ca", Set.of(a.path()))).isFalse();
    assertThat(s.selfServiceOnly(Optional.of("ca"))).isFalse();
  }

  @Test
  void applicationAdministrator_seesAndManagesOnlyItsOwnVms() {
    InventoryScope s = scope(Set.of(), Set.of(), Set.of("ca"), Set.of(), Set.of("ca"));
    assertThat(s.allVmClouds()).isEmpty();
    assertThat(s.mayReadVm(Optional.of(a.path()), Optional.of("ca"), Optional.of("me"))).isTrue();
    assertThat(s.mayWriteVm(Optional.of(a.path()), Optional.of("ca"), Optional.of("me"))).isTrue();
    assertThat(s.mayReadVm(Optional.of(a.path()), Optional.of("ca"), Optional.of("other")))
        .isFalse();
    assertThat(s.mayReadVm(Optional.of(a.path()), Optional.of("cb"), Optional.of("me"))).isFalse();
    assertThat(s.mayReadCloud("ca")).isTrue();
    assertThat(s.selfServiceOnly(Optional.of("ca"))).isTrue();
  }
}
