package dev.vireo.server.shared.infrastructure.database;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Process-level configuration given at start: a Java system property wins over the environment
 * variable of the same meaning.
 */
public final class ServerEnvironment {
  private ServerEnvironment() {}

  /**
   * The server's data directory ({@code vireo.data.dir} / {@code VIREO_DATA_DIR}, default ./data).
   */
  public static Path dataDirectory() {
    return Path.of(setting("vireo.data.dir", "VIREO_DATA_DIR").orElse("data")).toAbsolutePath();
  }

  /** A non-blank setting from a system property or, failing that, an environment variable. */
  public static Optional<String> setting(String property, String environmentVariable) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(environmentVariable);
    }
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
  }
}
