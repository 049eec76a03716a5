package dev.vireo.server.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTreeTest {
  private static final RegistryPath BACKUP = RegistryPath.parse("Settings\\Backup");
  private static final RegistryPath SCHEDULES = BACKUP.child("Schedules");

  private static SettingsErrorCode codeOf(Throwable e) {
    return ((SettingsException) e).code();
  }

  @Test
  void createKey_createsMissingParents() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(SCHEDULES);
    assertThat(tree.findKey(BACKUP)).isPresent();
    assertThat(tree.findKey(SCHEDULES)).isPresent();
  }

  @Test
  void setValue_inAMissingKey_failsWithKeyNotFound() {
    RegistryTree tree = new RegistryTree();
    assertThatThrownBy(() -> tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("X"), 1)))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_FOUND));
  }

  @Test
  void setValue_replacesCaseInsensitivelyAndKeepsPosition() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP);
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("A"), 1));
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("B"), 2));
    tree.setValue(BACKUP, RegistryValue.string(ValueName.of("a"), "one"));

    List<RegistryValue> values = tree.findKey(BACKUP).orElseThrow().values();
    assertThat(values).extracting(v -> v.name().value()).containsExactly("a", "B");
    assertThat(values.get(0).asString()).isEqualTo("one");
  }

  @Test
  void values_listTheDefaultValueFirst() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP);
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("A"), 1));
    tree.setValue(BACKUP, RegistryValue.string(ValueName.defaultValue(), "d"));
    assertThat(tree.findKey(BACKUP).orElseThrow().values())
        .extracting(v -> v.name().value())
        .containsExactly("", "A");
  }

  @Test
  void subkeys_areSortedCaseInsensitively() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP.child("beta"));
    tree.createKey(BACKUP.child("Alpha"));
    tree.createKey(BACKUP.child("Gamma"));
    assertThat(tree.findKey(BACKUP).orElseThrow().subkeys())
        .extracting(RegistryKey::name)
        .containsExactly("Alpha", "beta", "Gamma");
  }

  @Test
  void deleteKey_refusesANonEmptyKeyWithoutTheRecursiveFlag() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(SCHEDULES);
    assertThatThrownBy(() -> tree.deleteKey(BACKUP, false))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_EMPTY));
    tree.deleteKey(BACKUP, true);
    assertThat(tree.findKey(BACKUP)).isEmpty();
  }

  @Test
  void deleteKey_ofTheRootIsRefusedAndOfAMissingKeyIsNotFound() {
    RegistryTree tree = new RegistryTree();
    assertThatThrownBy(() -> tree.deleteKey(RegistryPath.root(), true))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_ROOT_KEY_PROTECTED));
    assertThatThrownBy(() -> tree.deleteKey(BACKUP, true))
        .satisfies(e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_KEY_NOT_FOUND));
  }

  @Test
  void deleteValue_ofAMissingValueIsNotFound() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP);
    assertThatThrownBy(() -> tree.deleteValue(BACKUP, ValueName.of("Nope")))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_VALUE_NOT_FOUND));
  }

  @Test
  void renameValue_keepsPositionAndRefusesToOverwrite() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP);
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("A"), 1));
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("B"), 2));
    tree.renameValue(BACKUP, ValueName.of("A"), ValueName.of("C"));
    assertThat(tree.findKey(BACKUP).orElseThrow().values())
        .extracting(v -> v.name().value())
        .containsExactly("C", "B");
    assertThatThrownBy(() -> tree.renameValue(BACKUP, ValueName.of("C"), ValueName.of("b")))
        .satisfies(
            e -> assertThat(codeOf(e)).isEqualTo(SettingsErrorCode.SETTINGS_VALUE_ALREADY_EXISTS));
  }

  @Test
  void apply_isAllOrNothing() {
    RegistryTree tree = new RegistryTree();
    List<RegistryChange> changes =
        List.of(
            new RegistryChange.CreateKey(BACKUP),
            new RegistryChange.SetValue(BACKUP, RegistryValue.dword(ValueName.of("X"), 1)),
            new RegistryChange.DeleteKey(SCHEDULES, false, true));

    assertThatThrownBy(() -> tree.apply(changes)).isInstanceOf(SettingsException.class);
    assertThat(tree.findKey(BACKUP)).isEmpty();
  }

  @Test
  void apply_withoutMustExist_ignoresMissingKeysAndValues() {
    RegistryTree tree = new RegistryTree();
    tree.apply(
        List.of(
            new RegistryChange.DeleteKey(SCHEDULES, true, false),
            new RegistryChange.DeleteValue(BACKUP, ValueName.of("X"), false)));
    assertThat(tree.snapshot().isEmpty()).isTrue();
  }

  @Test
  void findKey_returnsADetachedCopy() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP);
    tree.findKey(BACKUP).orElseThrow().setValue(RegistryValue.dword(ValueName.of("X"), 1));
    assertThat(tree.findValue(BACKUP, ValueName.of("X"))).isEmpty();
  }
}
