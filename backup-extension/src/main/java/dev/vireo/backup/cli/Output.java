package dev.vireo.backup.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Prints results as text or JSON. JSON is written by jackson-core's generator from the node tree:
 * building an {@code ObjectMapper} and its serializers costs ~0.15 s of a freshly started JVM, more
 * than some commands' own work, and gives the same bytes (checked by {@code OutputTest}).
 */
public final class Output {
  private static final JsonFactory JSON = new JsonFactory();

  private Output() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Parses JSON (the selftest reads the CLI's own output); builds a mapper, so only where needed.
   */
  static JsonNode parse(String json) throws IOException {
    return new ObjectMapper().readTree(json);
  }

  /** Pretty-printed JSON of {@code value} on one {@code println}. */
  public static String toJson(JsonNode value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w);
        JsonParser p = value.traverse()) {
      g.useDefaultPrettyPrinter();
      p.nextToken();
      g.copyCurrentStructure(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static void json(PrintWriter out, JsonNode value) {
    out.println(toJson(value));
  }

  static void text(PrintWriter out, Map<String, ?> fields) {
    fields.forEach((k, v) -> out.println(k + ": " + v));
  }

  static String bytes(long n) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = n;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? n + " B" : String.format("%.1f %s", v, units[u]);
  }
}
