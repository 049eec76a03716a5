package dev.vireo.server.settings.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.settings.application.ImportSummary;
import dev.vireo.server.settings.application.WellKnownSettings;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.ValueName;
import dev.vireo.server.settings.domain.regfile.RegEncoding;
import dev.vireo.server.settings.infrastructure.hive.HiveFile;
import dev.vireo.server.settings.infrastructure.hive.HiveRegistryStore;
import dev.vireo.server.settings.infrastructure.memory.InMemoryRegistryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrySettingsServiceTest {
  private static final String HEAD = "Windows Registry Editor Version 5.00\r\n\r\n";
  private static final String ROOT = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings";
  private static final RegistryPath SQL = WellKnownSettings.SQL;
  private static final RegistryPath BACKUP = WellKnownSettings.BACKUP;

  @TempDir Path dataDir;
  private HiveRegistryStore hive;
  private InMemoryRegistryStore shared;
  private RegistrySettingsService service;

  @BeforeEach
  void createService() {
    hive = HiveRegistryStore.open(HiveFile.inDirectory(dataDir));
    shared = new InMemoryRegistryStore();
    service = new RegistrySettingsService(hive, shared);
  }

  private static SettingsErrorCode codeOf(Throwable e) {
    return ((SettingsException) e).code();
  }

  private ImportSummary importText(String text) {
    return service.importReg(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void typedRead_fallsBackToTheDeclaredDefault() {
    assertThat(service.dword(WellKnownSettings.BACKUP_MAX_PARALLEL_RECOVERY_JOBS)).isEqualTo(8);
    assertThat(service.string(WellKnownSettings.SQL_ENGINE)).isEqualTo("H2");
  }

  @Test
  void typedRead_prefersTheStoredValue() {
    service.createKey(BACKUP);
    service.setValue(BACKUP, RegistryValue.dword(ValueName.of("MaxParallelRecoveryJobs"), 3));
    assertThat(service.dword(WellKnownSettings.BACKUP_MAX_PARALLEL_RECOVERY_JOBS)).isEqualTo(3);
  }

  @Test
  void perJobTypeLimit_fallsBackToTheStoredDefaultThenTheDeclaredOne() {
    assertThat(service.dword(WellKnownSettings.maxConcurrentJobs("MigrateVm"))).isEqualTo(4);
    RegistryPath key = WellKnownSettings.JOBS_MAX_CONCURRENT;
    service.createKey(key);
    service.setValue(key, RegistryValue.dword(ValueName.of("Default"), 6));
    assertThat(service.dword(WellKnownSettings.maxConcurrentJobs("MigrateVm"))).isEqualTo(6);
    service.setValue(key, RegistryValue.dword(ValueName.of("migratevm"), 1));
    assertThat(service.dword(WellKnownSettings.maxConcurrentJobs("MigrateVm"))).isEqualTo(1);
  }

  @Test
  void expandedString_substitutesTheDataDirectory() {
    assertThat(
            service.expandedString(
                WellKnownSettings.SQL_JDBC_URL, Map.of("VIREO_DATA_DIR", "/srv/vireo")))
        .isEqualTo(
            "jdbc:h2:file:/srv/vireo/db/vireo;MODE=MSSQLServer;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;FILE_LOCK=FS");
  }

  @Test
  void machineLocalKeys_goToTheHiveAndOthersToTheSharedStore() {
    service.createKey(SQL);
    service.setValue(SQL, RegistryValue.string(ValueName.of("Engine"), "PostgreSQL"));
    service.createKey(BACKUP);

    assertThat(hive.findKey(SQL)).isPresent();
    assertThat(shared.findKey(SQL)).isEmpty();
    assertThat(shared.findKey(BACKUP)).isPresent();
    assertThat(hive.findKey(BACKUP)).isEmpty();
    assertThat(
            HiveRegistryStore.open(HiveFile.inDirectory(dataDir))
                .findValue(SQL, ValueName.of("Engine")))
        .isPresent();
  }

  @Test
  void rootKey_showsBothStoresAsOneTree() {
    service.createKey(SQL);
    service.createKey(BACKUP);
    RegistryKey root = service.getKey(RegistryPath.root());
    assertThat(root.subkeys()).extracting(RegistryKey::name).containsExactly("Backup", "SQL");
  }

  @Test
  void settingADeclaredValueAsAnotherKind_isATypeMismatch() {
    service.createKey(BACKUP);
    assertThatThrownBy(
            () ->
                service.setValue(
                    BACKUP, RegistryValue.string(ValueName.of("MaxParallelBackupJobs"), "8")))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_VALUE_TYPE_MISMATCH));
  }

  @Test
  void plainTextPasswords_areRefused() {
    service.createKey(SQL);
    assertThatThrownBy(
            () -> service.setValue(SQL, RegistryValue.string(ValueName.of("Password"), "hunter2")))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_SECRET_NOT_ALLOWED));
    service.setValue(SQL, RegistryValue.string(ValueName.of("PasswordSource"), "env:DB_PW"));
  }

  @Test
  void missingKeysAndValues_areNotFound() {
    assertThatThrownBy(() -> service.getKey(BACKUP))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_FOUND));
    assertThatThrownBy(() -> service.setValue(BACKUP, RegistryValue.dword(ValueName.of("X"), 1)))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_FOUND));
    service.createKey(BACKUP);
    assertThatThrownBy(() -> service.deleteValue(BACKUP, ValueName.of("X")))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_VALUE_NOT_FOUND));
  }

  @Test
  void renameValue_keepsDataAndPosition() {
    service.createKey(BACKUP);
    service.setValue(BACKUP, RegistryValue.dword(ValueName.of("A"), 1));
    service.setValue(BACKUP, RegistryValue.dword(ValueName.of("B"), 2));
    service.renameValue(BACKUP, ValueName.of("A"), ValueName.of("C"));
    assertThat(service.getKey(BACKUP).values())
        .containsExactly(
            RegistryValue.dword(ValueName.of("C"), 1), RegistryValue.dword(ValueName.of("B"), 2));
  }

  @Test
  void deleteKey_needsTheRecursiveFlagForANonEmptyKey() {
    service.createKey(BACKUP.child("Schedules"));
    assertThatThrownBy(() -> service.deleteKey(BACKUP, false))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_EMPTY));
    service.deleteKey(BACKUP, true);
    assertThat(service.findKey(BACKUP)).isEmpty();
  }

  @Test
  void exportThenImportIntoAnotherServer_reproducesBothStoresExactly(@TempDir Path otherDir) {
    importText(
        HEAD
            + ROOT
            + "\\SQL]\r\n\"Engine\"=\"PostgreSQL\"\r\n\r\n"
            + ROOT
            + "\\Backup]\r\n\"MaxParallelBackupJobs\"=dword:00000004\r\n\r\n");
    byte[] export = service.exportReg(RegistryPath.root(), RegEncoding.UTF_16LE_BOM);

    HiveRegistryStore otherHive = HiveRegistryStore.open(HiveFile.inDirectory(otherDir));
    RegistrySettingsService other =
        new RegistrySettingsService(otherHive, new InMemoryRegistryStore());
    other.importReg(export);

    assertThat(other.exportReg(RegistryPath.root(), RegEncoding.UTF_16LE_BOM)).isEqualTo(export);
    assertThat(otherHive.findKey(SQL)).isPresent();
  }

  @Test
  void import_reportsWhatItDid() {
    service.createKey(BACKUP.child("Old"));
    ImportSummary summary =
        importText(
            HEAD
                + "[-"
                + ROOT.substring(1)
                + "\\Backup\\Old]\r\n\r\n"
                + ROOT
                + "\\Backup]\r\n\"A\"=dword:1\r\n\"B\"=-\r\n");
    assertThat(summary).isEqualTo(new ImportSummary(1, 1, 1, 1));
  }

  @Test
  void import_withATypeMismatchLate_namesTheLineAndAppliesNothing() {
    String text =
        HEAD
            + ROOT
            + "\\SQL]\r\n\"Engine\"=\"SQLServer\"\r\n\r\n"
            + ROOT
            + "\\Backup]\r\n\"MaxParallelBackupJobs\"=\"eight\"\r\n";
    assertThatThrownBy(() -> importText(text))
        .hasMessageStartingWith("line 7:")
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_VALUE_TYPE_MISMATCH));
    assertThat(hive.findKey(SQL)).isEmpty();
    assertThat(shared.findKey(BACKUP)).isEmpty();
  }

  @Test
  void import_withAParseErrorLate_appliesNothing() {
    String text =
        HEAD
            + ROOT
            + "\\SQL]\r\n\"Engine\"=\"SQLServer\"\r\n\r\n"
            + ROOT
            + "\\Backup]\r\nbroken\r\n";
    assertThatThrownBy(() -> importText(text))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_REG_PARSE_ERROR));
    assertThat(hive.findKey(SQL)).isEmpty();
  }
}
