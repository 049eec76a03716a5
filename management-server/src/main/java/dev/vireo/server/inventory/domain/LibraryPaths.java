package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The path rules of the library. A share's path is a clean absolute path on its library server; a
 * resource's path is relative to its share and can never leave it.
 */
public final class LibraryPaths {
  public static final int MAX_LENGTH = 512;
  private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:[\\\\/].*");

  private LibraryPaths() {}

  /**
   * An absolute path ({@code /srv/library} or {@code D:\Library}) with no {@code .} or {@code ..}
   * segment, no empty segment, no control character; trailing separators are removed.
   */
  public static String requireSharePath(String path) {
    String why = sharePathProblem(path);
    if (why != null) {
      throw new DomainException(
          InventoryError.INVENTORY_INVALID_SHARE_PATH,
          "Share path " + why + ".",
          List.of(new FieldError("path", why)));
    }
    String p = path;
    int root = p.startsWith("/") ? 1 : 3;
    while (p.length() > root && (p.endsWith("/") || p.endsWith("\\"))) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  static String sharePathProblem(String path) {
    if (path == null || path.isEmpty()) {
      return "must not be empty";
    }
    if (path.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (hasControl(path)) {
      return "must not contain control characters";
    }
    boolean posix = path.startsWith("/");
    boolean windows = WINDOWS_DRIVE.matcher(path).matches();
    if (!posix && !windows) {
      return "must be absolute, such as /srv/library or D:\\Library";
    }
    String rest = posix ? path.substring(1) : path.substring(3);
    if (rest.isEmpty()) {
      return null;
    }
    return segmentProblem(rest.replaceAll("[\\\\/]+$", ""));
  }

  /**
   * A path relative to a share: no leading separator or drive, no {@code .} or {@code ..} segment,
   * no empty segment, no NUL or control character. Backslashes are normalised to slashes.
   */
  public static String requireRelativePath(String path) {
    String why = relativePathProblem(path);
    if (why != null) {
      throw new DomainException(
          InventoryError.INVENTORY_PATH_ESCAPES_SHARE,
          "Relative path " + why + ".",
          List.of(new FieldError("relativePath", why)));
    }
    return path.replace('\\', '/');
  }

  static String relativePathProblem(String path) {
    if (path == null || path.isEmpty()) {
      return "must not be empty";
    }
    if (path.length() > MAX_LENGTH) {
      return "must be at most " + MAX_LENGTH + " characters";
    }
    if (hasControl(path)) {
      return "must not contain NUL or control characters";
    }
    if (path.startsWith("/")
        || path.startsWith("\\")
        || WINDOWS_DRIVE.matcher(path).matches()
        || path.matches("[A-Za-z]:.*")) {
      return "must be relative to the share, not absolute";
    }
    return segmentProblem(path);
  }

  private static String segmentProblem(String rest) {
    for (String seg : rest.split("[\\\\/]", -1)) {
      if (seg.isEmpty()) {
        return "must not contain empty segments ('//')";
      }
      if (seg.equals("..")) {
        return "must not contain '..' segments, which would leave the share";
      }
      if (seg.equals(".")) {
        return "must not contain '.' segments";
      }
    }
    return null;
  }

  private static boolean hasControl(String s) {
    return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }
}
