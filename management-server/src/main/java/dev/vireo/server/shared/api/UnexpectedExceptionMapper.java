package dev.vireo.server.shared.api;

import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a {@link DomainException}: JAX-RS errors become their Problem Details,
 * infrastructure failures are translated (optimistic lock → 409, unique key → 409), and anything
 * else is logged with an incident id and answered with a 500 that carries only that id — never a
 * stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    DomainException domain = findCause(e, DomainException.class);
    if (domain != null) {
      return Problems.response(
          domain.errorCode(), domain.getMessage(), domain.fieldErrors(), uriInfo);
    }
    if (e instanceof WebApplicationException wae && !(e.getCause() instanceof Exception)) {
      return fromWebApplication(wae);
    }
    if (findCause(e, OptimisticLockException.class) != null) {
      return Problems.response(
          CommonError.CONCURRENT_MODIFICATION,
          "The object was changed by someone else while this request ran. Read it again and retry.",
          List.of(),
          uriInfo);
    }
    if (isUniqueViolation(e)) {
      return Problems.response(
          CommonError.DUPLICATE,
          "An object with the same name or key already exists.",
          List.of(),
          uriInfo);
    }
    if (e instanceof ProcessingException || e.getClass().getName().contains("Json")) {
      return Problems.response(
          CommonError.MALFORMED_REQUEST,
          "The request body is not valid JSON for this resource.",
          List.of(),
          uriInfo);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "VIREO-API-500 Unexpected error, incident " + incident, e);
    return Problems.response(
        CommonError.INTERNAL_ERROR,
        "An unexpected error occurred (incident " + incident + "). The server log has the details.",
        List.of(),
        uriInfo);
  }

  private Response fromWebApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    CommonError code =
        switch (status) {
          case 404 -> CommonError.NOT_FOUND;
          case 405 -> CommonError.METHOD_NOT_ALLOWED;
          case 415 -> CommonError.UNSUPPORTED_MEDIA_TYPE;
          case 401 -> CommonError.UNAUTHENTICATED;
          case 403 -> CommonError.FORBIDDEN;
          default -> CommonError.MALFORMED_REQUEST;
        };
    String detail =
        e instanceof NotFoundException
            ? "No resource at this path."
            : e instanceof NotAllowedException
                ? "This method is not allowed here; see the Allow header."
                : e instanceof NotSupportedException
                    ? "Send application/json."
                    : code == CommonError.MALFORMED_REQUEST
                        ? "The request cannot be read: " + safeMessage(e)
                        : code.title() + ".";
    Response r = Problems.response(code, detail, List.of(), uriInfo);
    return Response.fromResponse(r).status(status).build();
  }

  private static String safeMessage(WebApplicationException e) {
    String m = e.getMessage();
    return m == null || m.contains("Exception") || m.length() > 200
        ? "malformed parameter or body"
        : m;
  }

  private static boolean isUniqueViolation(Throwable e) {
    SQLException sql = findCause(e, SQLException.class);
    if (sql == null) {
      return false;
    }
    String state = sql.getSQLState();
    // 23505: PostgreSQL and H2 unique violation; 23000 + error 2627/2601: SQL Server.
    return "23505".equals(state)
        || ("23000".equals(state) && (sql.getErrorCode() == 2627 || sql.getErrorCode() == 2601));
  }

  static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    Throwable t = e;
    for (int i = 0; t != null && i < 20; i++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      Throwable next =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
      if (next == null && t instanceof RollbackException && t.getSuppressed().length > 0) {
        next = t.getSuppressed()[0];
      }
      if (next == null && t instanceof PersistenceException && t.getCause() != null) {
        next = t.getCause();
      }
      t = next;
    }
    return null;
  }
}
