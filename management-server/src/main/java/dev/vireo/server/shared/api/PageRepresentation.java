package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.Page;
import java.util.List;

/**
 * A page of a collection as the API returns it.
 *
 * @param items the representations on this page
 * @param offset the offset of the first item
 * @param limit the page size asked for
 * @param total how many items match in all
 */
public record PageRepresentation<T>(List<T> items, int offset, int limit, long total) {
  public static <T> PageRepresentation<T> of(Page<T> page) {
    return new PageRepresentation<>(page.items(), page.offset(), page.limit(), page.total());
  }
}
