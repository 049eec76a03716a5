package dev.vireo.backup.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The module's packaged CLI jar, for integration tests that run bin/vireo-backup. */
public final class PackagedCli {
  /** The wrapper script. */
  public static final Path SCRIPT = Path.of("bin", "vireo-backup").toAbsolutePath();

  private PackagedCli() {}

  /** Copies the packaged {@code *-cli.jar} into {@code dir} (so each test has its own build). */
  public static Path copyJarTo(Path dir) throws IOException {
    Path built;
    try (Stream<Path> s = Files.list(Path.of("target"))) {
      built =
          s.filter(p -> p.getFileName().toString().endsWith("-cli.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("run after package: no *-cli.jar"));
    }
    return Files.copy(built, dir.resolve("vireo-backup-cli.jar"));
  }
}
