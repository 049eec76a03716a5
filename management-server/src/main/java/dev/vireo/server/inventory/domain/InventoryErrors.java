package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Factories for the inventory's common errors, so messages read the same everywhere. */
public final class InventoryErrors {
  private InventoryErrors() {}

  public static DomainException notFound(InventoryError code, String kind, String id) {
    return new DomainException(code, "No " + kind + " with id " + id + ".");
  }

  /** A request body names an object that does not exist (422 with the field). */
  public static DomainException missingReference(String field, String kind, String id) {
    return new DomainException(
        InventoryError.INVENTORY_REFERENCE_NOT_FOUND,
        "Field '" + field + "': no " + kind + " with id " + id + ".",
        List.of(new FieldError(field, "no " + kind + " with id " + id)));
  }

  public static DomainException duplicate(String kind, String name, String where) {
    return new DomainException(
        InventoryError.INVENTORY_DUPLICATE_NAME,
        "A " + kind + " named '" + name + "' already exists" + where + ".",
        List.of(new FieldError("name", "is already used" + where)));
  }

  /**
   * Throws what {@code duplicate} makes of {@code holder} when it is an object other than {@code
   * self} (null for an object not stored yet): the name, path or id it holds is taken.
   */
  public static <T extends AggregateRoot> void requireFree(
      Optional<T> holder, String self, Function<? super T, DomainException> duplicate) {
    Optional<T> other = holder.filter(o -> !o.id().equals(self));
    if (other.isPresent()) {
      throw duplicate.apply(other.get());
    }
  }

  public static DomainException denied(String what) {
    return new DomainException(
        InventoryError.INVENTORY_ACCESS_DENIED,
        "You may read " + what + " but not change it: it is outside your user role's scope.");
  }
}
