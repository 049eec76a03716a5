package dev.vireo.server.inventory;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Layer rules of the inventory context. */
class InventoryLayeringTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.vireo.server.inventory");

  @Test
  void domain_usesOnlyTheJdkJpaAnnotationsAndSharedDomain() {
    classes()
        .that()
        .resideInAPackage("..inventory.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.persistence..",
            "dev.vireo.server.shared.domain..",
            "dev.vireo.server.inventory.domain..")
        .check(CLASSES);
  }

  @Test
  void adapters_neverTouchTheEntityManagerOrPersistence() {
    noClasses()
        .that()
        .resideInAPackage("..inventory.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.persistence..", "..inventory.infrastructure..")
        .check(CLASSES);
  }

  @Test
  void application_doesNotDependOnInfrastructureOrTheApi() {
    noClasses()
        .that()
        .resideInAPackage("..inventory.application..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..inventory.infrastructure..",
            "..inventory.api..",
            "jakarta.ws.rs..",
            "jakarta.persistence..")
        .check(CLASSES);
  }

  @Test
  void everyPackage_hasAPackageInfo() throws IOException {
    Path main = Path.of("src/main/java/dev/vireo/server/inventory");
    try (Stream<Path> dirs = Files.walk(main)) {
      List<Path> packages =
          dirs.filter(Files::isDirectory).filter(InventoryLayeringTest::holdsJava).toList();
      assertThat(packages)
          .hasSizeGreaterThan(4)
          .allMatch(d -> Files.exists(d.resolve("package-info.java")));
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
