package dev.vireo.server.settings.infrastructure.hive;

import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The hive file {@code vireo.hive} and its backup {@code vireo.hive.bak} in one directory. Not
 * thread-safe by itself; {@link HiveRegistryStore} serialises access.
 */
public final class HiveFile {
  /** File name of the hive in the data directory. */
  public static final String FILE_NAME = "vireo.hive";

  /** Suffix of the last good copy. */
  public static final String BACKUP_SUFFIX = ".bak";

  private final Path path;
  private final Path backup;
  private byte[] lastGood = new byte[0];

  private HiveFile(Path path) {
    this.path = path;
    this.backup = path.resolveSibling(path.getFileName() + BACKUP_SUFFIX);
  }

  /** The hive {@code vireo.hive} in {@code dataDirectory}. */
  public static HiveFile inDirectory(Path dataDirectory) {
    return at(dataDirectory.resolve(FILE_NAME));
  }

  /** The hive at an explicit path (its backup is the same name plus {@code .bak}). */
  public static HiveFile at(Path path) {
    return new HiveFile(path);
  }

  public Path path() {
    return path;
  }

  public Path backupPath() {
    return backup;
  }

  /**
   * Reads and verifies the hive; empty when there is no hive yet (first start).
   *
   * @throws SettingsException {@code SETTINGS_HIVE_CORRUPT} when the file is damaged, or when it is
   *     missing but a backup exists (someone removed it); {@code SETTINGS_HIVE_IO_ERROR} when it
   *     cannot be read
   */
  public Optional<RegistryTree> load() {
    if (!Files.exists(path)) {
      if (Files.exists(backup)) {
        throw HiveFileFormat.corrupt(path.toString(), "the file is missing but a backup exists");
      }
      return Optional.empty();
    }
    byte[] content = read(path);
    RegistryTree tree = HiveFileFormat.decode(content, path.toString());
    lastGood = content;
    return Optional.of(tree);
  }

  /**
   * Writes {@code tree}: first the last good content to {@code .bak}, then the new content over the
   * hive, each atomically and durably.
   */
  public void save(RegistryTree tree) {
    byte[] content = HiveFileFormat.encode(tree.snapshot());
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      if (lastGood.length > 0 && !Arrays.equals(lastGood, content)) {
        AtomicFiles.replace(backup, lastGood);
      }
      AtomicFiles.replace(path, content);
      lastGood = content;
    } catch (IOException e) {
      throw ioError("write", e);
    }
  }

  /**
   * Replaces a damaged hive with its verified backup and returns the restored tree.
   *
   * @throws SettingsException {@code SETTINGS_HIVE_CORRUPT} when the backup is missing or damaged
   */
  public RegistryTree restoreFromBackup() {
    if (!Files.exists(backup)) {
      throw HiveFileFormat.corrupt(backup.toString(), "there is no backup");
    }
    byte[] content = read(backup);
    RegistryTree tree = HiveFileFormat.decode(content, backup.toString());
    try {
      AtomicFiles.replace(path, content);
    } catch (IOException e) {
      throw ioError("restore", e);
    }
    lastGood = content;
    return tree;
  }

  private byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ioError("read", e);
    }
  }

  private SettingsException ioError(String action, IOException e) {
    return new SettingsException(
        SettingsErrorCode.SETTINGS_HIVE_IO_ERROR,
        "Could not " + action + " the settings hive " + path + ": " + e.getMessage(),
        e);
  }
}
