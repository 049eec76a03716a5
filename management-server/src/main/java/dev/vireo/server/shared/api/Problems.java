package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.ErrorCode;
import dev.vireo.server.shared.domain.ErrorKind;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Builds Problem Details responses from error codes. */
public final class Problems {
  private Problems() {}

  public static int statusOf(ErrorKind kind) {
    return switch (kind) {
      case INVALID_INPUT -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case PRECONDITION_FAILED -> 412;
      case PRECONDITION_REQUIRED -> 428;
      case RULE_VIOLATION -> 422;
      case UNAVAILABLE -> 503;
      case INTERNAL -> 500;
    };
  }

  public static Response response(
      ErrorCode code, String detail, List<FieldError> errors, UriInfo uriInfo) {
    int status = statusOf(code.kind());
    String instance = uriInfo == null ? null : "/" + uriInfo.getPath(false);
    ProblemDetails body =
        new ProblemDetails(
            "urn:vireo:problem:" + code.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
            code.title(),
            status,
            detail,
            instance,
            code.code(),
            errors);
    Response.ResponseBuilder rb =
        Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(body);
    if (status == 401) {
      rb.header("WWW-Authenticate", "Basic realm=\"Vireo\", Bearer realm=\"Vireo\"");
    }
    return rb.build();
  }
}
