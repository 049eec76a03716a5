package dev.vireo.backup.pack;

import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.FormatConstants;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists pack files and unfinished pack temp files under {@code packs/<xx>/}. Reads directory
 * entries only (no {@code stat} per file: on a cold cache that is one inode read per pack).
 */
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
        if (PackId.isValid(hex) && hex.startsWith(f.getParent().getFileName().toString())) {
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

  /** Entries of the two-character shard directories, sorted. */
  private static List<Path> files(Path packsDir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(packsDir)) {
      for (Path shard : shards) {
        if (shard.getFileName().toString().length() != 2) {
          continue;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(shard)) {
          s.forEach(out::add);
        } catch (NotDirectoryException | NoSuchFileException e) {
          // a stray file, or a shard removed meanwhile
        }
      }
    } catch (IOException e) {
      throw BackupException.io("list packs in " + packsDir, e);
    }
    out.sort(null);
    return out;
  }
}
