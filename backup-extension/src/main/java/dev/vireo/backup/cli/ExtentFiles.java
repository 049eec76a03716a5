package dev.vireo.backup.cli;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.manifest.Extent;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads extent lists: one {@code OFFSET LENGTH} pair (decimal bytes) per line; blank lines and
 * lines starting with {@code #} are ignored. Public for tools that drive the engine directly with
 * the same extent files (the benchmark's in-process runs).
 */
public final class ExtentFiles {
  private ExtentFiles() {}

  public static List<Extent> read(Path file) {
    List<Extent> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.trim();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        out.add(parse(file, n, t));
      }
    } catch (IOException e) {
      throw new BackupException(ErrorCode.INVALID_ARGUMENT, "cannot read extent file " + file, e);
    }
    return out;
  }

  private static Extent parse(Path file, int lineNo, String line) {
    String[] parts = line.split("[\\s,]+");
    try {
      if (parts.length != 2) {
        throw new NumberFormatException("need two numbers");
      }
      return new Extent(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    } catch (NumberFormatException e) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT, file + ":" + lineNo + ": expected 'OFFSET LENGTH'", e);
    }
  }
}
