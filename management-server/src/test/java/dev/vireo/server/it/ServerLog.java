package dev.vireo.server.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the log of the server under test, so a failed assertion can show what the server logged
 * about an incident (CI keeps only the build output, not the server's log files).
 */
final class ServerLog {
  private static final Pattern INCIDENT = Pattern.compile("incident ([0-9a-f-]{36})");
  private static final int LINES = 60;

  private ServerLog() {}

  /**
   * The lines the server logged about the incident named in {@code message} (an error message
   * carrying "incident <uuid>"), or an empty string when there is none.
   */
  static String incident(String message) {
    Matcher m = INCIDENT.matcher(message == null ? "" : message);
    if (!m.find()) {
      return "";
    }
    String id = m.group(1);
    String base = System.getProperty("vireo.it.logFile");
    if (base == null) {
      return "";
    }
    Path file = Path.of(base);
    try (Stream<Path> files = Files.list(file.getParent())) {
      for (Path p :
          files
              .filter(f -> f.getFileName().toString().startsWith(file.getFileName().toString()))
              .toList()) {
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).contains(id)) {
            return "\n--- server log "
                + p.getFileName()
                + " at incident "
                + id
                + " ---\n"
                + String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES)));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return "\n(server log unreadable: " + e + ")";
    }
    return "\n(incident " + id + " not found in " + base + "*)";
  }
}
