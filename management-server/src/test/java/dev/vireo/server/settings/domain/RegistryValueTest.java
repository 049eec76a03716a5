package dev.vireo.server.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryValueTest {
  private static final ValueName NAME = ValueName.of("Value");

  @Test
  void dword_isUnsigned32Bit() {
    assertThat(RegistryValue.dword(NAME, 0xFFFF_FFFFL).asDWord()).isEqualTo(4294967295L);
    assertThatThrownBy(() -> RegistryValue.dword(NAME, 0x1_0000_0000L))
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_INVALID_VALUE_DATA);
    assertThatThrownBy(() -> RegistryValue.dword(NAME, -1)).isInstanceOf(SettingsException.class);
  }

  @Test
  void qword_isUnsigned64Bit() {
    RegistryValue value = RegistryValue.qword(NAME, -1L);
    assertThat(value.displayData()).isEqualTo("18446744073709551615");
    assertThat(value.toBytes()).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1);
  }

  @Test
  void typedAccessor_ofTheWrongKind_failsWithTypeMismatch() {
    RegistryValue value = RegistryValue.string(NAME, "8");
    assertThatThrownBy(value::asDWord)
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("is a String, not a DWord")
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_VALUE_TYPE_MISMATCH);
  }

  @Test
  void expandString_isReadAsString() {
    assertThat(RegistryValue.expandString(NAME, "%TEMP%").asString()).isEqualTo("%TEMP%");
  }

  @Test
  void strings_rejectNulAndMultiStringsRejectEmptyItems() {
    assertThatThrownBy(() -> RegistryValue.string(NAME, "a\0b"))
        .isInstanceOf(SettingsException.class);
    assertThatThrownBy(() -> RegistryValue.multiString(NAME, List.of("a", "", "b")))
        .hasMessageContaining("empty strings");
  }

  @Test
  void unpairedSurrogates_areRefusedInDataAndNames() {
    assertThatThrownBy(() -> RegistryValue.string(NAME, "a\uD800b"))
        .hasMessageContaining("surrogate");
    assertThatThrownBy(() -> ValueName.of("\uDC00")).hasMessageContaining("surrogate");
    assertThat(RegistryValue.string(NAME, "\uD83D\uDE00").asString()).hasSize(2);
  }

  @Test
  void binary_isDefensivelyCopied() {
    byte[] bytes = {1, 2, 3};
    RegistryValue value = RegistryValue.binary(NAME, bytes);
    bytes[0] = 9;
    value.asBinary()[1] = 9;
    assertThat(value.asBinary()).containsExactly(1, 2, 3);
  }

  @Test
  void toBytes_usesTheWindowsLayoutOfEachKind() {
    assertThat(RegistryValue.string(NAME, "A").toBytes()).containsExactly(0x41, 0, 0, 0);
    assertThat(RegistryValue.dword(NAME, 42).toBytes()).containsExactly(42, 0, 0, 0);
    assertThat(RegistryValue.multiString(NAME, List.of("A", "B")).toBytes())
        .containsExactly(0x41, 0, 0, 0, 0x42, 0, 0, 0, 0, 0);
    assertThat(RegistryValue.multiString(NAME, List.of()).toBytes()).containsExactly(0, 0);
  }

  @Test
  void fromBytes_reversesToBytesForEveryKind() {
    List<RegistryValue> values =
        List.of(
            RegistryValue.string(NAME, "héllo ✓"),
            RegistryValue.expandString(NAME, "%SystemRoot%\\x"),
            RegistryValue.multiString(NAME, List.of("one", "two")),
            RegistryValue.multiString(NAME, List.of()),
            RegistryValue.dword(NAME, 0xDEADBEEFL),
            RegistryValue.qword(NAME, 0x0123456789ABCDEFL),
            RegistryValue.binary(NAME, new byte[] {0, -1, 127}));
    for (RegistryValue value : values) {
      assertThat(RegistryValue.fromBytes(NAME, value.kind(), value.toBytes())).isEqualTo(value);
    }
  }

  @Test
  void fromBytes_toleratesAMissingTerminatorAndAnEmptyMultiString() {
    byte[] unterminated = {0x41, 0};
    assertThat(RegistryValue.fromBytes(NAME, RegistryValueKind.STRING, unterminated).asString())
        .isEqualTo("A");
    assertThat(
            RegistryValue.fromBytes(NAME, RegistryValueKind.MULTI_STRING, new byte[0])
                .asMultiString())
        .isEmpty();
  }

  @Test
  void fromBytes_rejectsWrongSizesForNumbers() {
    assertThatThrownBy(() -> RegistryValue.fromBytes(NAME, RegistryValueKind.DWORD, new byte[3]))
        .hasMessageContaining("expected 4 bytes");
  }

  @Test
  void kinds_carryTheirWindowsTypeNumbersAndParseFromAnyName() {
    assertThat(RegistryValueKind.QWORD.nativeType()).isEqualTo(11);
    assertThat(RegistryValueKind.MULTI_STRING.nativeType()).isEqualTo(7);
    assertThat(RegistryValueKind.parse("reg_expand_sz")).isEqualTo(RegistryValueKind.EXPAND_STRING);
    assertThat(RegistryValueKind.parse("DWord")).isEqualTo(RegistryValueKind.DWORD);
    assertThat(RegistryValueKind.fromNativeType(0)).isEmpty();
  }

  @Test
  void valueNames_areCaseInsensitiveAndTheEmptyNameIsTheDefault() {
    assertThat(ValueName.of("Port")).isEqualTo(ValueName.of("PORT"));
    assertThat(ValueName.of("").isDefault()).isTrue();
    assertThat(ValueName.defaultValue().display()).isEqualTo("(Default)");
    assertThatThrownBy(() -> ValueName.of("a\nb"))
        .extracting(e -> ((SettingsException) e).code())
        .isEqualTo(SettingsErrorCode.SETTINGS_INVALID_VALUE_NAME);
  }
}
