package dev.vireo.server.settings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The path of a registry key, such as {@code Settings\Backup\Schedules}. Case-preserving but
 * compared case-insensitively, as in Windows: {@code settings\backup} equals {@code
 * Settings\Backup}. Every path starts with the root {@code Settings}. Immutable.
 */
public final class RegistryPath implements Comparable<RegistryPath> {
  private static final RegistryPath ROOT = new RegistryPath(List.of(RegistryNames.ROOT_NAME));

  private final List<String> segments;
  private final String folded;

  private RegistryPath(List<String> segments) {
    this.segments = List.copyOf(segments);
    this.folded = RegistryNames.fold(String.join("\\", segments));
  }

  /** The root key, {@code Settings}. */
  public static RegistryPath root() {
    return ROOT;
  }

  /**
   * Parses a path such as {@code Settings\Backup}. The root segment is matched case-insensitively
   * and normalised to {@code Settings}.
   *
   * @throws SettingsException {@code SETTINGS_INVALID_PATH} when the path breaks a naming rule
   */
  public static RegistryPath parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw invalid(text, "the path is empty");
    }
    String[] parts = text.split("\\\\", -1);
    if (!RegistryNames.fold(parts[0]).equals(RegistryNames.fold(RegistryNames.ROOT_NAME))) {
      throw invalid(text, "the path must start with " + RegistryNames.ROOT_NAME);
    }
    RegistryPath path = ROOT;
    for (int i = 1; i < parts.length; i++) {
      path = path.child(parts[i]);
    }
    return path;
  }

  /**
   * The path of the subkey {@code name} of this key.
   *
   * @throws SettingsException {@code SETTINGS_INVALID_PATH} when the name or the result breaks a
   *     naming rule
   */
  public RegistryPath child(String name) {
    Objects.requireNonNull(name, "name");
    validateKeyName(name);
    List<String> childSegments = new ArrayList<>(segments);
    childSegments.add(name);
    RegistryPath child = new RegistryPath(childSegments);
    if (child.depth() > RegistryNames.MAX_DEPTH) {
      throw invalid(child.toString(), "deeper than " + RegistryNames.MAX_DEPTH + " levels");
    }
    if (child.toString().length() > RegistryNames.MAX_PATH_LENGTH) {
      throw invalid(child.toString(), "longer than " + RegistryNames.MAX_PATH_LENGTH + " chars");
    }
    return child;
  }

  /** Checks one key name against the naming rules. */
  public static void validateKeyName(String name) {
    if (name.isEmpty()) {
      throw invalid(name, "a key name is empty (doubled or trailing backslash?)");
    }
    if (name.indexOf(RegistryNames.SEPARATOR) >= 0) {
      throw invalid(name, "a key name contains a backslash");
    }
    if (name.length() > RegistryNames.MAX_KEY_NAME_LENGTH) {
      throw invalid(name, "a key name is longer than " + RegistryNames.MAX_KEY_NAME_LENGTH);
    }
    int control = RegistryNames.firstControlChar(name);
    if (control >= 0) {
      throw invalid(
          name,
          "a key name contains a control character or unpaired surrogate at index " + control);
    }
  }

  private static SettingsException invalid(String text, String reason) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return new SettingsException(
        SettingsErrorCode.SETTINGS_INVALID_PATH,
        "Invalid registry path '" + shown.replaceAll("\\p{Cntrl}", "?") + "': " + reason);
  }

  /** The parent key's path; empty for the root. */
  public Optional<RegistryPath> parent() {
    if (isRoot()) {
      return Optional.empty();
    }
    return Optional.of(new RegistryPath(segments.subList(0, segments.size() - 1)));
  }

  /** The last segment, as written. */
  public String name() {
    return segments.get(segments.size() - 1);
  }

  /** All segments from the root, as written. */
  public List<String> segments() {
    return segments;
  }

  /** Number of segments; the root has depth 1. */
  public int depth() {
    return segments.size();
  }

  public boolean isRoot() {
    return segments.size() == 1;
  }

  /** True when this path is {@code other} or one of its ancestors (case-insensitive). */
  public boolean contains(RegistryPath other) {
    return other.folded.equals(folded) || other.folded.startsWith(folded + "\\");
  }

  /** The case-folded text used as a lookup key (e.g. the database's unique column). */
  public String folded() {
    return folded;
  }

  @Override
  public int compareTo(RegistryPath other) {
    return folded.compareTo(other.folded);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegistryPath other && folded.equals(other.folded);
  }

  @Override
  public int hashCode() {
    return folded.hashCode();
  }

  /** The path as written, segments joined by backslashes. */
  @Override
  public String toString() {
    return String.join("\\", segments);
  }
}
