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
  @Test
  void everyErrorCode_isInTheCatalogue() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "api", "error-codes.md"));
    List<String> missing = new ArrayList<>();
    for (String code : allCodes()) {
      if (!doc.contains("`" + code + "`")) {
        missing.add(code);
      }
    }
    assertThat(missing).as("codes missing from docs/api/error-codes.md").isEmpty();
  }

  static List<String> allCodes() throws ClassNotFoundException {
    List<String> codes = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.vireo.server")) {
      if (c.isEnum() && c.isAssignableTo(ErrorCode.class)) {
        for (Object constant : Class.forName(c.getName()).getEnumConstants()) {
          codes.add(((ErrorCode) constant).code());
        }
      }
    }
    for (SettingsErrorCode s : SettingsErrorCode.values()) {
      codes.add(s.name());
    }
    return codes;
  }
}
