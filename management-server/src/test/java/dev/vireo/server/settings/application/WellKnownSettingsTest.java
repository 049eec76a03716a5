package dev.vireo.server.settings.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WellKnownSettingsTest {

  @Test
  void declaredDefaults_matchWhatOtherCapabilitiesExpect() {
    assertThat(WellKnownSettings.BACKUP_MAX_PARALLEL_RECOVERY_JOBS.toString())
        .isEqualTo("Settings\\Backup\\MaxParallelRecoveryJobs");
    assertThat(WellKnownSettings.BACKUP_MAX_PARALLEL_RECOVERY_JOBS.defaultValue().asDWord())
        .isEqualTo(8);
    assertThat(WellKnownSettings.BACKUP_MAX_PARALLEL_BACKUP_JOBS.defaultValue().asDWord())
        .isEqualTo(8);
    assertThat(WellKnownSettings.JOBS_HISTORY_RETENTION_DAYS.defaultValue().asDWord())
        .isEqualTo(90);
    assertThat(WellKnownSettings.INVENTORY_HOST_REFRESH_INTERVAL_SECONDS.defaultValue().asDWord())
        .isEqualTo(60);
    assertThat(WellKnownSettings.SQL_ENGINE.defaultValue().asString()).isEqualTo("H2");
  }

  @Test
  void everySetting_isListedOnceWithADescription() {
    Set<String> seen = new HashSet<>();
    for (WellKnownSetting setting : WellKnownSettings.ALL) {
      assertThat(seen.add(setting.key().folded() + "\\" + setting.name().folded()))
          .as("duplicate %s", setting)
          .isTrue();
      assertThat(setting.description()).isNotBlank();
    }
  }

  @Test
  void sqlAndNodeKeys_areMachineLocalAndTheRestShared() {
    assertThat(WellKnownSettings.SQL_JDBC_URL.scope()).isEqualTo(SettingScope.MACHINE_LOCAL);
    assertThat(WellKnownSettings.NODE_HTTP_PORT.scope()).isEqualTo(SettingScope.MACHINE_LOCAL);
    assertThat(WellKnownSettings.scopeOf(RegistryPath.parse("settings\\sql\\Replica")))
        .isEqualTo(SettingScope.MACHINE_LOCAL);
    assertThat(WellKnownSettings.scopeOf(RegistryPath.parse("Settings\\SQLish")))
        .isEqualTo(SettingScope.SHARED);
    assertThat(WellKnownSettings.scopeOf(RegistryPath.root())).isEqualTo(SettingScope.SHARED);
    assertThat(WellKnownSettings.BACKUP_COMPRESSION_LEVEL.scope()).isEqualTo(SettingScope.SHARED);
  }

  @Test
  void machineLocalKeys_areDirectChildrenOfTheRoot() {
    assertThat(WellKnownSettings.MACHINE_LOCAL_KEYS).allMatch(key -> key.depth() == 2);
  }

  @Test
  void noPlainTextPasswordIsDeclaredForTheDatabase() {
    assertThat(WellKnownSettings.find(WellKnownSettings.SQL, ValueName.of("Password"))).isEmpty();
    assertThat(WellKnownSettings.SQL_PASSWORD_SOURCE.kind()).isEqualTo(RegistryValueKind.STRING);
  }

  @Test
  void maxConcurrentJobs_isAPerTypeValueFallingBackToDefault() {
    WellKnownSetting setting = WellKnownSettings.maxConcurrentJobs("MigrateVm");
    assertThat(setting.toString()).isEqualTo("Settings\\Jobs\\MaxConcurrent\\MigrateVm");
    assertThat(setting.fallback()).contains(WellKnownSettings.JOBS_MAX_CONCURRENT_DEFAULT);
  }
}
