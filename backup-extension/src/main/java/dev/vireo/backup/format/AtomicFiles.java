package dev.vireo.backup.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** Crash-safe file writes: temp file, fsync, rename, fsync the directory (invariant 6). */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static Path tempFor(Path target) {
    return target.resolveSibling(target.getFileName() + FormatConstants.TEMP_SUFFIX);
  }

  public static void write(Path target, byte[] content) {
    Path tmp = tempFor(target);
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer b = ByteBuffer.wrap(content);
      while (b.hasRemaining()) {
        ch.write(b);
      }
      ch.force(true);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw BackupException.io("write " + target, e);
    }
    commit(tmp, target);
  }

  /** Renames a durable temp file to its final name and makes the rename durable. */
  public static void commit(Path tmp, Path target) {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      fsyncDirectory(target.getParent());
    } catch (IOException e) {
      throw BackupException.io("rename " + tmp + " to " + target, e);
    }
  }

  public static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      throw BackupException.io("fsync directory " + dir, e);
    }
  }

  public static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw BackupException.io("create directory " + dir, e);
    }
  }

  public static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the caller is already failing or cleaning up leftovers
    }
  }

  /** Deletes {@code root} and everything below it, deepest first; stops at the first failure. */
  public static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  public static byte[] readAll(Path p, ErrorCode missingCode) {
    try {
      return Files.readAllBytes(p);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BackupException(missingCode, "missing file " + p, e);
    } catch (IOException e) {
      throw BackupException.io("read " + p, e);
    }
  }
}
