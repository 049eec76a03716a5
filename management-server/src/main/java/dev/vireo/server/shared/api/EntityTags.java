package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Entity tags for optimistic concurrency: every representation's {@code etag} is its version, and
 * updates and deletes must send it back in {@code If-Match}.
 */
public final class EntityTags {
  private EntityTags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The quoted form used in representations' {@code etag} field. */
  public static String quoted(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version the client read, from {@code If-Match}; a missing header is answered with 428 and a
   * malformed one with 412.
   */
  public static long requireIfMatch(HttpHeaders headers) {
    String h = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (h == null || h.isBlank()) {
      throw new DomainException(
          CommonError.PRECONDITION_REQUIRED,
          "Send the object's current etag in an If-Match header; read the object first to get it.");
    }
    String v = h.trim();
    if (v.startsWith("W/")) {
      v = v.substring(2);
    }
    v = v.replace("\"", "");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new DomainException(
          CommonError.PRECONDITION_FAILED,
          "The If-Match header does not hold an etag of this server.");
    }
  }
}
