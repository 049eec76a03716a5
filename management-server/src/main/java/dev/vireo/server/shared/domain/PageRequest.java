package dev.vireo.server.shared.domain;

import java.util.List;

/**
 * Which slice of a collection to return.
 *
 * @param offset the number of items to skip, 0 or more
 * @param limit the page size, 1 to {@link #MAX_LIMIT}
 * @param sort the sort keys, most significant first
 */
public record PageRequest(int offset, int limit, List<SortKey> sort) {
  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;

  public PageRequest {
    sort = List.copyOf(sort);
  }

  /** One sort key: a field name of the representation and a direction. */
  public record SortKey(String field, boolean descending) {}
}
