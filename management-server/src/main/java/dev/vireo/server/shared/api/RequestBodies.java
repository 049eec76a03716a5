package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;

/** Checks common to all request bodies. */
public final class RequestBodies {
  private RequestBodies() {}

  /** The body, or a 400 saying that one is needed. */
  public static <T> T require(T body) {
    if (body == null) {
      throw new DomainException(CommonError.MALFORMED_REQUEST, "This request needs a JSON body.");
    }
    return body;
  }
}
