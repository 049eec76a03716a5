package dev.vireo.server.shared.infrastructure.startup;

import dev.vireo.server.shared.infrastructure.database.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Liveness ({@code /health/live}: the process answers) and readiness ({@code /health/ready}: the
 * schema is current, start-up finished and the database answers). Public on purpose, for load
 * balancers and service managers; they reveal nothing but UP or DOWN.
 */
@WebServlet("/health/*")
public class HealthServlet extends HttpServlet {
  @Inject SchemaMigrator migrator;
  @Inject ServerStartup startup;

  @Resource(lookup = "java:app/jdbc/vireo")
  DataSource dataSource;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo() == null ? "/live" : req.getPathInfo();
    boolean up =
        switch (path) {
          case "/live" -> true;
          case "/ready" -> migrator.isReady() && startup.isReady() && databaseAnswers();
          default -> {
            resp.sendError(404);
            yield false;
          }
        };
    if (resp.isCommitted()) {
      return;
    }
    resp.setStatus(up ? 200 : 503);
    resp.setContentType("application/json");
    resp.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
  }

  private boolean databaseAnswers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }
}
