package dev.vireo.server.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryPathTest {

  @Test
  void parse_keepsCaseButComparesCaseInsensitively() {
    RegistryPath written = RegistryPath.parse("Settings\\Backup\\Schedules");
    RegistryPath shouted = RegistryPath.parse("SETTINGS\\BACKUP\\schedules");

    assertThat(written).isEqualTo(shouted).hasSameHashCodeAs(shouted);
    assertThat(written.toString()).isEqualTo("Settings\\Backup\\Schedules");
    assertThat(shouted.toString()).isEqualTo("Settings\\BACKUP\\schedules");
    assertThat(written.folded()).isEqualTo("SETTINGS\\BACKUP\\SCHEDULES");
  }

  @Test
  void parse_normalisesTheRootSegment() {
    assertThat(RegistryPath.parse("settings").toString()).isEqualTo("Settings");
    assertThat(RegistryPath.parse("settings").isRoot()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Backup",
        "Settings\\",
        "Settings\\\\Backup",
        "Settings\\Back\tup",
        "Settings\\Back\u0000up",
        "Other\\Backup"
      })
  void parse_rejectsMalformedPaths(String text) {
    assertThatThrownBy(() -> RegistryPath.parse(text))
        .isInstanceOf(SettingsException.class)
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_INVALID_PATH);
  }

  @Test
  void child_acceptsNamesUpTo255CharactersAndRejectsLonger() {
    assertThat(RegistryPath.root().child("k".repeat(255)).name()).hasSize(255);
    assertThatThrownBy(() -> RegistryPath.root().child("k".repeat(256)))
        .hasMessageContaining("longer than 255");
  }

  @Test
  void child_rejectsPathsDeeperThanTheMaximum() {
    RegistryPath path = RegistryPath.root();
    for (int i = 1; i < RegistryNames.MAX_DEPTH; i++) {
      path = path.child("k");
    }
    RegistryPath deepest = path;
    assertThat(deepest.depth()).isEqualTo(RegistryNames.MAX_DEPTH);
    assertThatThrownBy(() -> deepest.child("k")).hasMessageContaining("deeper than");
  }

  @Test
  void child_rejectsPathsLongerThanTheMaximumLength() {
    RegistryPath path = RegistryPath.root().child("a".repeat(255)).child("b".repeat(240));
    assertThatThrownBy(() -> path.child("c".repeat(20))).hasMessageContaining("longer than 512");
  }

  @Test
  void parent_andContains_followTheTree() {
    RegistryPath backup = RegistryPath.parse("Settings\\Backup");
    RegistryPath schedules = backup.child("Schedules");

    assertThat(schedules.parent()).contains(backup);
    assertThat(RegistryPath.root().parent()).isEmpty();
    assertThat(backup.contains(RegistryPath.parse("settings\\backup\\SCHEDULES"))).isTrue();
    assertThat(backup.contains(backup)).isTrue();
    assertThat(backup.contains(RegistryPath.parse("Settings\\BackupOld"))).isFalse();
  }

  @Test
  void keyNamesMayHoldSpacesPunctuationAndUnicode() {
    RegistryPath path = RegistryPath.parse("Settings\\Jobs [old] \"x\"\\Grüße ✓");
    assertThat(path.segments()).containsExactly("Settings", "Jobs [old] \"x\"", "Grüße ✓");
  }
}
