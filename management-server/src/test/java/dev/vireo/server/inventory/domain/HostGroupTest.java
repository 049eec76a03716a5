package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.shared.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostGroupTest {
  private final HostGroup root = HostGroup.root();

  @Test
  void createUnder_extendsTheParentsPathWithItsOwnId() {
    HostGroup a = HostGroup.createUnder(root, "Seattle", "");
    assertThat(a.path()).isEqualTo(root.path() + a.id() + "/");
    assertThat(a.depth()).isEqualTo(1);
    assertThat(a.parentId()).contains(HostGroup.ROOT_ID);
    assertThat(root.contains(a)).isTrue();
    assertThat(a.contains(root)).isFalse();
  }

  @Test
  void moveUnder_rebasesTheWholeSubtree() {
    HostGroup a = HostGroup.createUnder(root, "A", "");
    HostGroup a1 = HostGroup.createUnder(a, "A1", "");
    HostGroup a11 = HostGroup.createUnder(a1, "A11", "");
    HostGroup b = HostGroup.createUnder(root, "B", "");
    a1.moveUnder(b, List.of(a11));
    assertThat(a1.path()).isEqualTo(b.path() + a1.id() + "/");
    assertThat(a11.path()).isEqualTo(b.path() + a1.id() + "/" + a11.id() + "/");
    assertThat(a11.depth()).isEqualTo(3);
    assertThat(a1.parentId()).contains(b.id());
    assertThat(a.contains(a11)).isFalse();
    assertThat(b.contains(a11)).isTrue();
  }

  @Test
  void moveUnder_ownDescendant_isRefused() {
    HostGroup a = HostGroup.createUnder(root, "A", "");
    HostGroup a1 = HostGroup.createUnder(a, "A1", "");
    assertThatThrownBy(() -> a.moveUnder(a1, List.of(a1)))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_MOVE_INTO_OWN_SUBTREE);
    assertThatThrownBy(() -> a.moveUnder(a, List.of()))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_MOVE_INTO_OWN_SUBTREE);
    assertThat(a.parentId()).contains(root.id());
  }

  @Test
  void theRoot_cannotMove() {
    HostGroup b = HostGroup.createUnder(root, "B", "");
    assertThatThrownBy(() -> root.moveUnder(b, List.of()))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_ROOT_HOST_GROUP);
  }

  @Test
  void nesting_isBoundedByMaxDepth_alsoWhenMovingASubtree() {
    HostGroup g = root;
    for (int i = 0; i < HostGroup.MAX_DEPTH; i++) {
      g = HostGroup.createUnder(g, "L" + i, "");
    }
    HostGroup deepest = g;
    assertThatThrownBy(() -> HostGroup.createUnder(deepest, "too deep", ""))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_TREE_TOO_DEEP);
    HostGroup x = HostGroup.createUnder(root, "X", "");
    HostGroup x1 = HostGroup.createUnder(x, "X1", "");
    HostGroup parentOfDeepest = HostGroup.createUnder(root, "P", "");
    for (int i = 0; i < HostGroup.MAX_DEPTH - 2; i++) {
      parentOfDeepest = HostGroup.createUnder(parentOfDeepest, "Q" + i, "");
    }
    HostGroup target = parentOfDeepest;
    assertThatThrownBy(() -> x.moveUnder(target, List.of(x1)))
        .extracting(e -> ((DomainException) e).errorCode())
        .isEqualTo(InventoryError.INVENTORY_TREE_TOO_DEEP);
  }

  @Test
  void names_areValidated() {
    assertThatThrownBy(() -> HostGroup.createUnder(root, " bad!", ""))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("name");
  }
}
