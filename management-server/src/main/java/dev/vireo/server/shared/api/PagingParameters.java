package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import dev.vireo.server.shared.domain.PageRequest;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code offset}, {@code limit} and {@code sort} query parameters of every collection. {@code
 * sort} is a comma-separated list of field names, each optionally prefixed with {@code -} for
 * descending order: {@code sort=-memoryMb,name}.
 */
public class PagingParameters {
  @QueryParam("offset")
  String offset;

  @QueryParam("limit")
  String limit;

  @QueryParam("sort")
  String sort;

  /** Validates the parameters against the fields the collection can sort by. */
  public PageRequest toPageRequest(Set<String> sortableFields, String defaultSort) {
    List<FieldError> errors = new ArrayList<>();
    int off = parse(offset, 0, 0, Integer.MAX_VALUE, "offset", errors);
    int lim = parse(limit, PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT, "limit", errors);
    List<PageRequest.SortKey> keys = new ArrayList<>();
    String spec = sort == null || sort.isBlank() ? defaultSort : sort;
    for (String part : spec.split(",")) {
      String p = part.trim();
      boolean desc = p.startsWith("-");
      String field = desc || p.startsWith("+") ? p.substring(1) : p;
      if (!sortableFields.contains(field)) {
        errors.add(
            new FieldError(
                "sort",
                "cannot sort by '"
                    + field
                    + "'; allowed: "
                    + String.join(", ", sortableFields.stream().sorted().toList())));
      } else {
        keys.add(new PageRequest.SortKey(field, desc));
      }
    }
    if (!errors.isEmpty()) {
      throw new DomainException(CommonError.VALIDATION_FAILED, "Invalid paging parameters", errors);
    }
    return new PageRequest(off, lim, keys);
  }

  private static int parse(
      String v, int dflt, int min, int max, String name, List<FieldError> errors) {
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError(name, "must be an integer between " + min + " and " + max));
    return dflt;
  }
}
