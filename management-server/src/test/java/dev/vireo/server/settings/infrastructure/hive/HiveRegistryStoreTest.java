package dev.vireo.server.settings.infrastructure.hive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.settings.application.RegistryStore;
import dev.vireo.server.settings.application.RegistryStoreContractTest;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.ValueName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HiveRegistryStoreTest extends RegistryStoreContractTest {
  private static final RegistryPath SQL = RegistryPath.parse("Settings\\SQL");

  @TempDir Path dataDir;

  @Override
  protected RegistryStore createStore() {
    return HiveRegistryStore.open(HiveFile.inDirectory(dataDir));
  }

  private Path hive() {
    return dataDir.resolve("vireo.hive");
  }

  private void setEngine(String engine) {
    store.apply(
        List.of(
            new RegistryChange.CreateKey(SQL),
            new RegistryChange.SetValue(
                SQL, RegistryValue.string(ValueName.of("Engine"), engine))));
  }

  private static SettingsErrorCode codeOf(Throwable e) {
    return ((SettingsException) e).code();
  }

  @Test
  void firstStart_withoutAHive_createsNoFileUntilTheFirstChange() {
    assertThat(Files.exists(hive())).isFalse();
    setEngine("H2");
    assertThat(Files.exists(hive())).isTrue();
    assertThat(Files.exists(dataDir.resolve("vireo.hive.tmp"))).isFalse();
  }

  @Test
  void theSharedStoreIsOnePerFile_soOneWritersChangeIsNotOverwrittenByAnother() {
    HiveRegistryStore a = HiveRegistryStore.shared(HiveFile.inDirectory(dataDir));
    HiveRegistryStore b =
        HiveRegistryStore.shared(HiveFile.inDirectory(dataDir.resolve(".").resolve("x/..")));
    assertThat(b).isSameAs(a);
    a.apply(
        List.of(
            new RegistryChange.CreateKey(SQL),
            new RegistryChange.SetValue(
                SQL, RegistryValue.string(ValueName.of("JdbcUrl"), "jdbc:postgresql://db/v"))));
    b.apply(
        List.of(
            new RegistryChange.CreateKey(BACKUP),
            new RegistryChange.SetValue(
                BACKUP, RegistryValue.dword(ValueName.of("MaxParallelRecoveryJobs"), 4))));
    HiveRegistryStore reopened = HiveRegistryStore.open(HiveFile.inDirectory(dataDir));
    assertThat(reopened.findValue(SQL, ValueName.of("JdbcUrl"))).isPresent();
    assertThat(reopened.findValue(BACKUP, ValueName.of("MaxParallelRecoveryJobs"))).isPresent();
  }

  @Test
  void changes_surviveAReopen() {
    setEngine("PostgreSQL");
    setDWord(BACKUP, JOBS, 12);

    RegistryStore reopened = createStore();

    assertThat(reopened.snapshot().sameContentAs(store.snapshot())).isTrue();
    assertThat(reopened.findValue(SQL, ValueName.of("Engine")).orElseThrow().asString())
        .isEqualTo("PostgreSQL");
  }

  @Test
  void hiveFile_isAReadableRegDocumentWithVersionAndChecksum() throws IOException {
    setEngine("H2");
    String text = Files.readString(hive(), StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "Windows Registry Editor Version 5.00\r\n; Vireo-Hive-Format: 1\r\n"
                + "; Vireo-Hive-SHA256: ")
        .contains("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\SQL]\r\n\"Engine\"=\"H2\"\r\n");
  }

  @Test
  void secondChange_keepsThePreviousGoodContentAsBackup() throws IOException {
    setEngine("H2");
    byte[] first = Files.readAllBytes(hive());
    setEngine("PostgreSQL");

    assertThat(Files.readAllBytes(dataDir.resolve("vireo.hive.bak"))).isEqualTo(first);
    assertThat(HiveFile.at(dataDir.resolve("vireo.hive.bak")).load()).isPresent();
  }

  @Test
  void flippedByte_isDetectedAsCorruptAndTheFileIsLeftAlone() throws IOException {
    setEngine("H2");
    byte[] damaged = Files.readAllBytes(hive());
    damaged[damaged.length - 5] ^= 0x01;
    Files.write(hive(), damaged);

    assertThatThrownBy(this::createStore)
        .hasMessageContaining("checksum")
        .hasMessageContaining("vireo.hive.bak")
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_HIVE_CORRUPT));
    assertThat(Files.readAllBytes(hive())).isEqualTo(damaged);
  }

  @Test
  void truncatedOrForeignFiles_areDetectedAsCorrupt() throws IOException {
    for (String content :
        List.of("", "Windows Registry Editor Version 5.00\r\n", "hello\r\na\r\nb\r\n")) {
      Files.writeString(hive(), content);
      assertThatThrownBy(this::createStore)
          .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_HIVE_CORRUPT));
    }
  }

  @Test
  void unknownFormatVersion_isRejected() throws IOException {
    setEngine("H2");
    String text = Files.readString(hive()).replace("Format: 1", "Format: 2");
    Files.writeString(hive(), text);
    assertThatThrownBy(this::createStore).hasMessageContaining("unsupported or missing format");
  }

  @Test
  void validChecksumOverUnparsableContent_isStillCorrupt() throws IOException {
    String body = "\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings]\r\n\"A\"=bogus\r\n\r\n";
    String head =
        "Windows Registry Editor Version 5.00\r\n; Vireo-Hive-Format: 1\r\n; Vireo-Hive-SHA256: "
            + HiveFileFormat.sha256(body.getBytes(StandardCharsets.UTF_8))
            + "\r\n";
    Files.writeString(hive(), head + body);
    assertThatThrownBy(this::createStore).hasMessageContaining("line 6");
  }

  @Test
  void missingHiveWithABackup_isReportedInsteadOfStartingEmpty() throws IOException {
    setEngine("H2");
    setEngine("SQLServer");
    Files.delete(hive());
    assertThatThrownBy(this::createStore).hasMessageContaining("missing but a backup exists");
  }

  @Test
  void restoreFromBackup_bringsBackTheLastGoodContent() throws IOException {
    setEngine("H2");
    setEngine("PostgreSQL");
    Files.writeString(hive(), "garbage");

    HiveFile file = HiveFile.inDirectory(dataDir);
    file.restoreFromBackup();

    RegistryStore reopened = createStore();
    assertThat(reopened.findValue(SQL, ValueName.of("Engine")).orElseThrow().asString())
        .isEqualTo("H2");
  }

  @Test
  void leftoverTemporaryFileFromACrash_isIgnoredAndReplaced() throws IOException {
    setEngine("H2");
    Files.writeString(dataDir.resolve("vireo.hive.tmp"), "half-written");
    RegistryStore reopened = createStore();
    assertThat(reopened.findValue(SQL, ValueName.of("Engine"))).isPresent();
    store = reopened;
    setEngine("PostgreSQL");
    assertThat(Files.exists(dataDir.resolve("vireo.hive.tmp"))).isFalse();
  }

  @Test
  void failedApply_leavesTheFileUnchanged() throws IOException {
    setEngine("H2");
    byte[] before = Files.readAllBytes(hive());
    assertThatThrownBy(
            () ->
                store.apply(
                    List.of(
                        new RegistryChange.SetValue(
                            SQL, RegistryValue.string(ValueName.of("Engine"), "X")),
                        new RegistryChange.DeleteKey(BACKUP, false, true))))
        .isInstanceOf(SettingsException.class);
    assertThat(Files.readAllBytes(hive())).isEqualTo(before);
  }

  @Test
  void unwritableDirectory_failsWithAnIoErrorAndKeepsMemoryUnchanged() throws IOException {
    Path blocker = dataDir.resolve("not-a-dir");
    Files.writeString(blocker, "x");
    RegistryStore broken = HiveRegistryStore.open(HiveFile.inDirectory(blocker));
    assertThatThrownBy(() -> broken.apply(List.of(new RegistryChange.CreateKey(SQL))))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_HIVE_IO_ERROR));
    assertThat(broken.findKey(SQL)).isEmpty();
  }
}
