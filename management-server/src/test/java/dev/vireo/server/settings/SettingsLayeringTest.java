package dev.vireo.server.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Layer rules of the settings context, checked on the sources (no ArchUnit in this module yet). */
class SettingsLayeringTest {
  private static final Path MAIN = Path.of("src/main/java/dev/vireo/server/settings");

  private static List<String> importsIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .flatMap(SettingsLayeringTest::lines)
          .filter(line -> line.startsWith("import "))
          .collect(Collectors.toList());
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void domain_importsOnlyTheJdkAndItself() throws IOException {
    assertThat(importsIn(MAIN.resolve("domain")))
        .isNotEmpty()
        .allMatch(
            line ->
                line.matches("import (static )?java\\..*")
                    || line.startsWith("import dev.vireo.server.settings.domain."));
  }

  @Test
  void application_doesNotDependOnInfrastructure() throws IOException {
    assertThat(importsIn(MAIN.resolve("application")))
        .noneMatch(line -> line.contains(".settings.infrastructure."));
  }

  private static boolean holdsJavaFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyPackage_hasAPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      List<Path> packages =
          dirs.filter(Files::isDirectory)
              .filter(SettingsLayeringTest::holdsJavaFiles)
              .collect(Collectors.toList());
      assertThat(packages).isNotEmpty().allMatch(d -> Files.exists(d.resolve("package-info.java")));
    }
  }
}
