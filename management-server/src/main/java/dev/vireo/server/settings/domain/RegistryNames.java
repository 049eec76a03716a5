package dev.vireo.server.settings.domain;

import java.util.Locale;

/** Naming rules and limits shared by key names and value names. Format constants live here. */
public final class RegistryNames {
  /** Name of the root key; every path starts with it. */
  public static final String ROOT_NAME = "Settings";

  /** Separator between key names in a path. */
  public static final char SEPARATOR = '\\';

  /** Longest key name (one path segment), in UTF-16 code units, as in Windows. */
  public static final int MAX_KEY_NAME_LENGTH = 255;

  /** Deepest allowed path, counting the root. */
  public static final int MAX_DEPTH = 32;

  /** Longest full path, in UTF-16 code units (keeps the database column indexable). */
  public static final int MAX_PATH_LENGTH = 512;

  /** Longest value name, in UTF-16 code units (keeps the database column indexable). */
  public static final int MAX_VALUE_NAME_LENGTH = 255;

  private RegistryNames() {}

  /** The case-folded form used for comparison: Windows compares names case-insensitively. */
  public static String fold(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  /** The first ISO control character in {@code name}, or -1 when there is none. */
  static int firstControlChar(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return i;
      }
    }
    return firstUnpairedSurrogate(name);
  }

  /**
   * The first half of a UTF-16 surrogate pair that has no other half, or -1. Such text cannot be
   * encoded in UTF-8 or stored faithfully, so names and string data refuse it.
   */
  static int firstUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
