package dev.vireo.server.settings.application.internal;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Expands {@code %NAME%} references in ExpandString data as Windows does: names are
 * case-insensitive, unknown references and a lone {@code %} stay as written.
 */
final class EnvironmentStrings {
  private EnvironmentStrings() {}

  static String expand(String text, Map<String, String> variables) {
    Map<String, String> folded = new TreeMap<>();
    variables.forEach((name, value) -> folded.put(name.toUpperCase(Locale.ROOT), value));
    StringBuilder out = new StringBuilder();
    int pos = 0;
    while (pos < text.length()) {
      int open = text.indexOf('%', pos);
      int close = open < 0 ? -1 : text.indexOf('%', open + 1);
      if (close < 0) {
        break;
      }
      String name = text.substring(open + 1, close).toUpperCase(Locale.ROOT);
      String replacement = folded.get(name);
      out.append(text, pos, open);
      if (replacement == null) {
        out.append(text, open, close);
        pos = close;
      } else {
        out.append(replacement);
        pos = close + 1;
      }
    }
    return out.append(text.substring(pos)).toString();
  }
}
