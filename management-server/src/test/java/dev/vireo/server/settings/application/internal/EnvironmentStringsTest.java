package dev.vireo.server.settings.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentStringsTest {
  private static final Map<String, String> VARS = Map.of("Vireo_Data_Dir", "/var/lib/vireo");

  @Test
  void expand_replacesKnownNamesCaseInsensitively() {
    assertThat(EnvironmentStrings.expand("jdbc:h2:file:%VIREO_DATA_DIR%/db", VARS))
        .isEqualTo("jdbc:h2:file:/var/lib/vireo/db");
  }

  @Test
  void expand_leavesUnknownReferencesAndLonePercentSignsAlone() {
    assertThat(EnvironmentStrings.expand("%NOPE%-%vireo_data_dir%-100%", VARS))
        .isEqualTo("%NOPE%-/var/lib/vireo-100%");
    assertThat(EnvironmentStrings.expand("50% off %", VARS)).isEqualTo("50% off %");
  }
}
