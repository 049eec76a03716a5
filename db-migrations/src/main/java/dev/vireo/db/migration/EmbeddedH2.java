package dev.vireo.db.migration;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Connection URLs for the embedded H2 database.
 *
 * <p>H2's default file system reads and writes through an interruptible {@code FileChannel}: when
 * any thread is interrupted during database I/O (an executor shut down with {@code shutdownNow}, a
 * cancelled future, the container stopping its managed threads), the JDK closes the channel under
 * the database, H2 panics, and the file can be left unreadable with every committed row lost. H2's
 * {@code retry:} file system reopens the channel and repeats the operation instead. Every embedded
 * file URL Vireo connects with goes through {@link #interruptSafe}.
 */
public final class EmbeddedH2 {
  /** H2 file-system prefixes that already say how the file is accessed (left untouched). */
  private static final Pattern OTHER_FILE_SYSTEM =
      Pattern.compile(
          "^(mem|tcp|ssl|zip|split|nio|niomapped|niomem|niomemlzf|memlzf|async|rec|retry"
              + "|encrypt|memfs|nioMemFS):.*",
          Pattern.CASE_INSENSITIVE);

  private EmbeddedH2() {}

  /**
   * {@code url} with the {@code retry:} file system when it names an H2 database file through the
   * default file system ({@code jdbc:h2:file:/x}, {@code jdbc:h2:/x}, {@code jdbc:h2:~/x}, {@code
   * jdbc:h2:./x}); any other URL unchanged.
   */
  public static String interruptSafe(String url) {
    String prefix = "jdbc:h2:";
    if (!url.toLowerCase(Locale.ROOT).startsWith(prefix)) {
      return url;
    }
    String rest = url.substring(prefix.length());
    if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
      return prefix + "retry:" + rest.substring("file:".length());
    }
    if (OTHER_FILE_SYSTEM.matcher(rest).matches()) {
      return url;
    }
    return prefix + "retry:" + rest;
  }
}
