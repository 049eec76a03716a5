package dev.vireo.server.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the REST API, as an administrator's script would use it. */
public final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  /** The server root, e.g. {@code http://localhost:8080/}. */
  public static ApiClient anonymous(URL deploymentUrl) {
    String s = deploymentUrl.toString();
    return new ApiClient(URI.create(s.endsWith("/") ? s : s + "/"), null);
  }

  public ApiClient basic(String user, String password) {
    String b =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(base, "Basic " + b);
  }

  public ApiClient bearer(String token) {
    return new ApiClient(base, "Bearer " + token);
  }

  public ApiClient admin() {
    return basic("administrator", Deployments.adminPassword());
  }

  /** A response with its parsed JSON body (or a missing node). */
  public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return Optional.ofNullable(header("Content-Type")).orElse("");
    }

    public String etag() {
      return header("ETag");
    }

    @Override
    public String toString() {
      return status + " " + raw.body();
    }
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply post(String path, Object body) {
    return send("POST", path, body, null);
  }

  public Reply put(String path, Object body, String ifMatch) {
    return send("PUT", path, body, ifMatch);
  }

  public Reply patch(String path, Object body, String ifMatch) {
    return send("PATCH", path, body, ifMatch);
  }

  public Reply delete(String path, String ifMatch) {
    return send("DELETE", path, null, ifMatch);
  }

  /** Sends a raw body (for malformed-input tests). */
  public Reply sendRaw(String method, String path, String contentType, String rawBody) {
    HttpRequest.Builder b =
        request(path)
            .method(method, HttpRequest.BodyPublishers.ofString(rawBody))
            .header("Content-Type", contentType);
    return execute(b);
  }

  public Reply send(String method, String path, Object body, String ifMatch) {
    HttpRequest.Builder b = request(path);
    try {
      if (body instanceof String s) {
        b.method(method, HttpRequest.BodyPublishers.ofString(s))
            .header("Content-Type", contentTypeFor(s));
      } else if (body != null) {
        b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .header("Content-Type", "application/json");
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
    if (ifMatch != null) {
      b.header("If-Match", ifMatch);
    }
    return execute(b);
  }

  private static String contentTypeFor(String s) {
    return s.startsWith("{") || s.startsWith("[") ? "application/json" : "text/plain";
  }

  private HttpRequest.Builder request(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(p))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json, */*");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private Reply execute(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode node;
      try {
        node =
            r.body() == null || r.body().isBlank() ? JSON.missingNode() : JSON.readTree(r.body());
      } catch (IOException e) {
        node = JSON.missingNode();
      }
      return new Reply(r.statusCode(), node, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
