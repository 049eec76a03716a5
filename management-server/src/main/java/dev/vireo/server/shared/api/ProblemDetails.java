package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem document, extended with a stable {@code code} and the invalid fields.
 *
 * @param type a URI naming the problem class, {@code urn:vireo:problem:<code>}
 * @param title a short summary of the problem class
 * @param status the HTTP status
 * @param detail what went wrong in this occurrence and what to do next
 * @param instance the request path
 * @param code the stable error code clients match on
 * @param errors the invalid fields, empty when the problem is not about fields
 */
public record ProblemDetails(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
