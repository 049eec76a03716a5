package dev.vireo.server.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryErrorsTest {
  private static final AggregateRoot HOLDER = new AggregateRoot("id-1") {};

  @Test
  void aNameHeldByAnotherObject_isADuplicate_namingTheField() {
    DomainException e =
        catchThrowableOfType(
            DomainException.class,
            () ->
                InventoryErrors.requireFree(
                    Optional.of(HOLDER),
                    "id-2",
                    o -> InventoryErrors.duplicate("cloud", "gold", " in this group")));
    assertThat(e.errorCode()).isEqualTo(InventoryError.INVENTORY_DUPLICATE_NAME);
    assertThat(e.getMessage()).isEqualTo("A cloud named 'gold' already exists in this group.");
    assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("name");
  }

  @Test
  void aNameHeldByANewObject_isADuplicate() {
    assertThatCode(
            () ->
                InventoryErrors.requireFree(
                    Optional.of(HOLDER), null, o -> InventoryErrors.duplicate("cloud", "x", "")))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aNameHeldByTheObjectItself_orByNone_isFree() {
    assertThatCode(
            () ->
                InventoryErrors.requireFree(
                    Optional.of(HOLDER), "id-1", o -> InventoryErrors.duplicate("cloud", "x", "")))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                InventoryErrors.requireFree(
                    Optional.<AggregateRoot>empty(),
                    null,
                    o -> InventoryErrors.duplicate("cloud", "x", "")))
        .doesNotThrowAnyException();
  }
}
