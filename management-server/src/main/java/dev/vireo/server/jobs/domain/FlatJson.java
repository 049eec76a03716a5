package dev.vireo.server.jobs.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes the JSON subset {@link JobParameters} uses: one object whose values are strings,
 * numbers, {@code true} or {@code false}. Anything else (nesting, {@code null}, trailing text) is
 * refused with {@code JOB_PARAMETERS_INVALID}.
 */
final class FlatJson {
  private final String s;
  private int i;

  private FlatJson(String s) {
    this.s = s;
  }

  static Map<String, Object> parse(String json) {
    FlatJson p = new FlatJson(json);
    p.skipSpace();
    Map<String, Object> out = p.object();
    p.skipSpace();
    if (p.i != json.length()) {
      throw p.error("unexpected text after the object");
    }
    return out;
  }

  static String write(Map<String, Object> values) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (b.length() > 1) {
        b.append(',');
      }
      quote(b, e.getKey());
      b.append(':');
      Object v = e.getValue();
      if (v instanceof String str) {
        quote(b, str);
      } else if (v instanceof BigDecimal d) {
        b.append(d.toPlainString());
      } else {
        b.append(v);
      }
    }
    return b.append('}').toString();
  }

  private static void quote(StringBuilder b, String v) {
    b.append('"');
    for (char c : v.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }

  private Map<String, Object> object() {
    Map<String, Object> out = new LinkedHashMap<>();
    expect('{');
    skipSpace();
    if (peek() == '}') {
      i++;
      return out;
    }
    do {
      skipSpace();
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (out.put(name, value()) != null) {
        throw error("duplicate name '" + name + "'");
      }
      skipSpace();
    } while (consume(','));
    expect('}');
    return out;
  }

  private Object value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (s.startsWith("true", i)) {
      i += 4;
      return Boolean.TRUE;
    }
    if (s.startsWith("false", i)) {
      i += 5;
      return Boolean.FALSE;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    throw error("values must be strings, numbers or booleans");
  }

  private BigDecimal number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    try {
      return new BigDecimal(s.substring(start, i));
    } catch (NumberFormatException e) {
      throw error("malformed number");
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unterminated string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      b.append(escape());
    }
  }

  private char escape() {
    if (i >= s.length()) {
      throw error("unterminated escape");
    }
    char e = s.charAt(i++);
    return switch (e) {
      case '"', '\\', '/' -> e;
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'u' -> unicode();
      default -> throw error("unknown escape \\" + e);
    };
  }

  private char unicode() {
    if (i + 4 > s.length()) {
      throw error("short \\u escape");
    }
    try {
      char c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
      i += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("malformed \\u escape");
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(i);
  }

  private boolean consume(char c) {
    if (i < s.length() && s.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private RuntimeException error(String what) {
    return JobParameters.invalid(
        "parameters", "is not a flat JSON object (" + what + " at offset " + i + ")");
  }
}
