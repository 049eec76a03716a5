package dev.vireo.backup.pack;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.FormatConstants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists pack files and unfinished pack temp files under {@code packs/}. */
public final class PackFiles {
  private PackFiles() {}

  public static Path path(Path packsDir, PackId id) {
    return packsDir.resolve(id.shard()).resolve(id.fileName());
  }

  public static List<PackId> list(Path packsDir) {
    List<PackId> out = new ArrayList<>();
    for (Path f : files(packsDir)) {
      String name = f.getFileName().toString();
      if (name.endsWith(FormatConstants.PACK_SUFFIX)) {
        String hex = name.substring(0, name.length() - FormatConstants.PACK_SUFFIX.length());
        if (PackId.isValid(hex)) {
          out.add(new PackId(hex));
        }
      }
    }
    return out;
  }

  public static List<Path> tempFiles(Path packsDir) {
    return files(packsDir).stream()
        .filter(f -> f.getFileName().toString().endsWith(FormatConstants.TEMP_SUFFIX))
        .toList();
  }

  private static List<Path> files(Path packsDir) {
    try (Stream<Path> s = Files.walk(packsDir, 2)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw BackupException.io("list packs in " + packsDir, e);
    }
  }
}
