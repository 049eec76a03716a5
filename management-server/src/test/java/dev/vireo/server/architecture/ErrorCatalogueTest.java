package dev.vireo.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.shared.domain.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every stable error code the API can answer with is documented in docs/api/error-codes.md. */
class ErrorCatalogueTest {
  private static final Path CATALOGUE = Path.of("..", "docs", "api", "error-codes.md");

  /**
   * Fails with the table lines to add. Run with {@code -Dvireo.regenerate.catalogue=true} to append
   * them to the catalogue instead.
   */
  @Test
  void everyErrorCode_isInTheCatalogue() throws Exception {
    String doc = Files.readString(CATALOGUE);
    List<String> missing = new ArrayList<>();
    for (String line : allLines()) {
      String code = line.substring(3, line.indexOf('`', 3));
      if (!doc.contains("`" + code + "`")) {
        missing.add(line);
      }
    }
    if (Boolean.getBoolean("vireo.regenerate.catalogue") && !missing.isEmpty()) {
      Files.writeString(CATALOGUE, doc + String.join("\n", missing) + "\n");
      return;
    }
    assertThat(missing).as("lines missing from docs/api/error-codes.md").isEmpty();
  }

  static List<String> allLines() throws ClassNotFoundException {
    List<String> lines = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vireo.server")) {
      if (c.isEnum() && c.isAssignableTo(ErrorCode.class)) {
        for (Object constant : Class.forName(c.getName()).getEnumConstants()) {
          ErrorCode e = (ErrorCode) constant;
          lines.add(
              "| `"
                  + e.code()
                  + "` | "
                  + dev.vireo.server.shared.api.Problems.statusOf(e.kind())
                  + " | "
                  + e.title()
                  + " |");
        }
      }
    }
    for (SettingsErrorCode s : SettingsErrorCode.values()) {
      lines.add("| `" + s.name() + "` | " + s.httpStatus() + " | settings registry error |");
    }
    return lines;
  }
}
