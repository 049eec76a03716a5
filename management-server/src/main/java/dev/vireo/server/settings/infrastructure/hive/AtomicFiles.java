package dev.vireo.server.settings.infrastructure.hive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that, after a crash at any point, it holds either the old or the new content,
 * completely: write a temporary file in the same directory, fsync it, rename it over the target
 * atomically, then fsync the directory so the rename itself is durable.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} atomically and durably. */
  static void replace(Path target, byte[] content) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    try (FileChannel channel =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
    Files.move(
        temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Flushes a directory's entries (the rename) to disk. Works on Linux and macOS; Windows cannot
   * open a directory as a channel, and NTFS journals renames, so failure there is ignored.
   */
  static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not supported on this platform (Windows); the rename is journaled there.
    }
  }
}
