package dev.vireo.backup.repository;

import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.manifest.DiskId;
import dev.vireo.backup.manifest.RecoveryPointId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** File names of recovery points under {@code points/} and their damaged marks. */
public final class PointCatalog {
  private final Path pointsDir;

  PointCatalog(Path pointsDir) {
    this.pointsDir = pointsDir;
  }

  public Path dir(RecoveryPointId id) {
    return pointsDir.resolve(id.hex());
  }

  public Path manifest(RecoveryPointId id) {
    return dir(id).resolve(FormatConstants.MANIFEST_FILE);
  }

  public Path index(RecoveryPointId id, DiskId disk) {
    return dir(id).resolve(disk.value() + FormatConstants.INDEX_SUFFIX);
  }

  public Path damagedMark(RecoveryPointId id) {
    return dir(id).resolve(FormatConstants.DAMAGED_FILE);
  }

  /** Every point directory, committed or not, sorted by id (= creation time). */
  public List<RecoveryPointId> allDirectories() {
    try (Stream<Path> s = Files.list(pointsDir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(RecoveryPointId::isValid)
          .map(RecoveryPointId::new)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw BackupException.io("list " + pointsDir, e);
    }
  }

  /** Committed points (those whose manifest exists), oldest first. */
  public List<RecoveryPointId> committed() {
    return allDirectories().stream().filter(id -> Files.exists(manifest(id))).toList();
  }

  public boolean isDamaged(RecoveryPointId id) {
    return Files.exists(damagedMark(id));
  }

  public List<String> damageReport(RecoveryPointId id) {
    try {
      List<String> lines = Files.readAllLines(damagedMark(id), StandardCharsets.UTF_8);
      return lines.isEmpty() ? lines : lines.subList(1, lines.size());
    } catch (java.nio.file.NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw BackupException.io("read damaged mark of " + id, e);
    }
  }

  public void markDamaged(RecoveryPointId id, List<String> problems) {
    String text = FormatConstants.DAMAGED_HEADER + "\n" + String.join("\n", problems) + "\n";
    AtomicFiles.write(damagedMark(id), text.getBytes(StandardCharsets.UTF_8));
  }

  public void clearDamaged(RecoveryPointId id) {
    if (Files.exists(damagedMark(id))) {
      AtomicFiles.deleteQuietly(damagedMark(id));
      AtomicFiles.fsyncDirectory(dir(id));
    }
  }

  public void requireCommitted(RecoveryPointId id) {
    if (!Files.exists(manifest(id))) {
      throw new BackupException(ErrorCode.POINT_NOT_FOUND, "no recovery point " + id);
    }
  }
}
