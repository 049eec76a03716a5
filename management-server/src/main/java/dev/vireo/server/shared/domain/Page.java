package dev.vireo.server.shared.domain;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection with the total number of matching items.
 *
 * @param items the items on this page
 * @param offset the offset of the first item
 * @param limit the requested page size
 * @param total how many items match the query in all
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {
  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), offset, limit, total);
  }
}
