package dev.vireo.server.security.infrastructure.shiro;

import dev.vireo.server.security.application.AuditLog;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;

/**
 * Authenticates every API request with either {@code Authorization: Basic} (local accounts) or
 * {@code Authorization: Bearer} (tokens from {@code POST /api/v1/tokens}). A request without valid
 * credentials gets a 401 Problem Details answer; failed sign-ins are audited.
 */
public class ApiAuthenticationFilter extends AuthenticatingFilter {
  private static final Logger LOG = Logger.getLogger(ApiAuthenticationFilter.class.getName());

  @Override
  protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
    String h = ((HttpServletRequest) request).getHeader("Authorization");
    if (h == null) {
      return new UsernamePasswordToken();
    }
    String lower = h.toLowerCase(Locale.ROOT);
    if (lower.startsWith("bearer ")) {
      return new BearerToken(h.substring(7).trim(), request.getRemoteHost());
    }
    if (lower.startsWith("basic ")) {
      try {
        String decoded =
            new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          return new UsernamePasswordToken(
              decoded.substring(0, colon),
              decoded.substring(colon + 1).toCharArray(),
              false,
              request.getRemoteHost());
        }
      } catch (IllegalArgumentException e) {
        // malformed base64: treated as missing credentials
      }
    }
    return new UsernamePasswordToken();
  }

  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mappedValue) {
    Subject s = getSubject(request, response);
    return s.isAuthenticated() && s.getPrincipal() != null;
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws Exception {
    String h = ((HttpServletRequest) request).getHeader("Authorization");
    if (h != null && !h.isBlank()) {
      boolean ok = executeLogin(request, response);
      if (ok) {
        return true;
      }
      audit(request, attemptedName(h));
    }
    reject((HttpServletRequest) request, (HttpServletResponse) response);
    return false;
  }

  @Override
  protected boolean onLoginFailure(
      AuthenticationToken token,
      AuthenticationException e,
      ServletRequest request,
      ServletResponse response) {
    return false;
  }

  private static String attemptedName(String header) {
    if (header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
      try {
        String d =
            new String(
                Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        String name = d.contains(":") ? d.substring(0, d.indexOf(':')) : "";
        return name.length() > 100 ? name.substring(0, 100) : name;
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
    return "(bearer token)";
  }

  private static void audit(ServletRequest request, String name) {
    try {
      HttpServletRequest r = (HttpServletRequest) request;
      CDI.current()
          .select(AuditLog.class)
          .get()
          .record(
              name.isEmpty() ? "(unknown)" : name,
              "SIGN-IN " + r.getMethod() + " " + r.getRequestURI(),
              "",
              401,
              r.getRemoteAddr(),
              "authentication failed");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "VIREO-SEC-010 Could not audit a failed sign-in", e);
    }
  }

  private static void reject(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setStatus(401);
    resp.setHeader("WWW-Authenticate", "Basic realm=\"Vireo\", Bearer realm=\"Vireo\"");
    resp.setContentType("application/problem+json");
    resp.setCharacterEncoding("UTF-8");
    String path = req.getRequestURI().replace("\"", "");
    resp.getWriter()
        .write(
            "{\"type\":\"urn:vireo:problem:unauthenticated\",\"title\":\"Authentication is required\",\"status\":401,"
                + "\"detail\":\"Sign in with HTTP Basic (user name and password) or send a bearer token from POST /api/v1/tokens.\","
                + "\"instance\":\""
                + path
                + "\",\"code\":\"UNAUTHENTICATED\",\"errors\":[]}");
  }
}
