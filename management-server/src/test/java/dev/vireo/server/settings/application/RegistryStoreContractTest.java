package dev.vireo.server.settings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.SettingsErrorCode;
import dev.vireo.server.settings.domain.SettingsException;
import dev.vireo.server.settings.domain.ValueName;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link RegistryStore} contract. Every implementation (memory, hive file, database) extends
 * this class and supplies a fresh, empty store.
 */
public abstract class RegistryStoreContractTest {
  protected static final RegistryPath BACKUP = RegistryPath.parse("Settings\\Backup");
  protected static final ValueName JOBS = ValueName.of("MaxParallelBackupJobs");

  protected RegistryStore store;

  /** A new, empty store. */
  protected abstract RegistryStore createStore();

  @BeforeEach
  void createFreshStore() {
    store = createStore();
  }

  protected void setDWord(RegistryPath path, ValueName name, long number) {
    store.apply(
        List.of(
            new RegistryChange.CreateKey(path),
            new RegistryChange.SetValue(path, RegistryValue.dword(name, number))));
  }

  @Test
  void newStore_hasOnlyTheRoot() {
    assertThat(store.snapshot().path()).isEqualTo(RegistryPath.root());
    assertThat(store.snapshot().isEmpty()).isTrue();
    assertThat(store.findKey(RegistryPath.root())).isPresent();
  }

  @Test
  void apply_makesChangesVisibleCaseInsensitively() {
    setDWord(BACKUP, JOBS, 8);
    assertThat(
            store.findValue(
                RegistryPath.parse("SETTINGS\\backup"), ValueName.of("maxparallelbackupjobs")))
        .contains(RegistryValue.dword(JOBS, 8));
  }

  @Test
  void findKey_andFindValue_areEmptyWhenMissing() {
    assertThat(store.findKey(BACKUP)).isEmpty();
    assertThat(store.findValue(BACKUP, JOBS)).isEmpty();
  }

  @Test
  void apply_isAllOrNothing() {
    setDWord(BACKUP, JOBS, 8);
    List<RegistryChange> failing =
        List.of(
            new RegistryChange.SetValue(BACKUP, RegistryValue.dword(JOBS, 9)),
            new RegistryChange.DeleteValue(BACKUP, ValueName.of("Missing"), true));

    assertThatThrownBy(() -> store.apply(failing))
        .isInstanceOf(SettingsException.class)
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_VALUE_NOT_FOUND);
    assertThat(store.findValue(BACKUP, JOBS).orElseThrow().asDWord()).isEqualTo(8);
  }

  @Test
  void deleteKey_refusesTheRootAndNonEmptyKeysWithoutRecursion() {
    setDWord(BACKUP, JOBS, 8);
    assertThatThrownBy(
            () -> store.apply(List.of(new RegistryChange.DeleteKey(BACKUP, false, true))))
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_EMPTY);
    assertThatThrownBy(
            () ->
                store.apply(List.of(new RegistryChange.DeleteKey(RegistryPath.root(), true, true))))
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_ROOT_KEY_PROTECTED);
    store.apply(List.of(new RegistryChange.DeleteKey(BACKUP, true, true)));
    assertThat(store.findKey(BACKUP)).isEmpty();
  }

  @Test
  void renameValue_keepsDataAndPosition() {
    setDWord(BACKUP, ValueName.of("A"), 1);
    setDWord(BACKUP, ValueName.of("B"), 2);
    store.apply(
        List.of(new RegistryChange.RenameValue(BACKUP, ValueName.of("A"), ValueName.of("C"))));
    assertThat(store.findKey(BACKUP).orElseThrow().values())
        .containsExactly(
            RegistryValue.dword(ValueName.of("C"), 1), RegistryValue.dword(ValueName.of("B"), 2));
  }

  @Test
  void reads_returnDetachedCopies() {
    setDWord(BACKUP, JOBS, 8);
    store.findKey(BACKUP).orElseThrow().deleteValue(JOBS);
    store.snapshot().createSubkey("Intruder");
    assertThat(store.findValue(BACKUP, JOBS)).isPresent();
    assertThat(store.findKey(RegistryPath.root().child("Intruder"))).isEmpty();
  }

  @Test
  void concurrentWriters_allLand() throws InterruptedException {
    Thread[] writers = new Thread[8];
    for (int t = 0; t < writers.length; t++) {
      int id = t;
      writers[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 10; i++) {
                  setDWord(BACKUP.child("T" + id), ValueName.of("V" + i), i);
                }
              });
      writers[t].start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
    for (int t = 0; t < writers.length; t++) {
      assertThat(store.findKey(BACKUP.child("T" + t)).orElseThrow().values()).hasSize(10);
    }
  }
}
