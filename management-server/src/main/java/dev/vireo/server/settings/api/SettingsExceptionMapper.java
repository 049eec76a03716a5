package dev.vireo.server.settings.api;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.shared.api.ProblemDetails;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;

/** Settings errors as Problem Details; {@code .reg} parse errors name the line. */
@Provider
public class SettingsExceptionMapper implements ExceptionMapper<SettingsException> {
  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(SettingsException e) {
    int status = e.code().httpStatus();
    List<FieldError> errors =
        e instanceof RegParseException p
            ? List.of(new FieldError("line " + p.lineNumber(), e.getMessage()))
            : List.of();
    ProblemDetails body =
        new ProblemDetails(
            "urn:vireo:problem:" + e.code().name().toLowerCase(Locale.ROOT).replace('_', '-'),
            title(e.code().name()),
            status,
            e.getMessage(),
            uriInfo == null ? null : "/" + uriInfo.getPath(false),
            e.code().name(),
            errors);
    return Response.status(status).type(ProblemDetails.MEDIA_TYPE).entity(body).build();
  }

  private static String title(String code) {
    String t = code.replace("SETTINGS_", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
