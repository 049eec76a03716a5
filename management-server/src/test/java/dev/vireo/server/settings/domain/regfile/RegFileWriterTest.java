package dev.vireo.server.settings.domain.regfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegFileWriterTest {
  private static final RegistryPath BACKUP = RegistryPath.parse("Settings\\Backup");
  private static final ValueName V = ValueName.of("V");

  @Test
  void formatConstants_arePinned() {
    assertThat(RegFormat.HEADER).isEqualTo("Windows Registry Editor Version 5.00");
    assertThat(RegFormat.HEX_WRAP_COLUMN).isEqualTo(77);
    assertThat(RegRootMapping.HIVE_PREFIX).isEqualTo("HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo");
  }

  @Test
  void write_producesRegeditLayoutWithCrlfAndABlankLineAfterEachKey() {
    RegistryTree tree = new RegistryTree();
    tree.createKey(BACKUP.child("Schedules"));
    tree.setValue(BACKUP, RegistryValue.dword(ValueName.of("MaxParallelRecoveryJobs"), 42));
    tree.setValue(BACKUP, RegistryValue.string(ValueName.defaultValue(), "Backup"));

    String text = RegFileWriter.write(tree.findKey(BACKUP).orElseThrow());

    assertThat(text)
        .isEqualTo(
            "Windows Registry Editor Version 5.00\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\Backup]\r\n"
                + "@=\"Backup\"\r\n"
                + "\"MaxParallelRecoveryJobs\"=dword:0000002a\r\n\r\n"
                + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\Backup\\Schedules]\r\n\r\n");
  }

  @Test
  void strings_escapeBackslashesAndQuotes() {
    RegistryValue value = RegistryValue.string(ValueName.of("a\"b\\c"), "C:\\Program Files\\\"x\"");
    assertThat(RegFileWriter.valueLine(value))
        .isEqualTo("\"a\\\"b\\\\c\"=\"C:\\\\Program Files\\\\\\\"x\\\"\"");
  }

  @Test
  void stringsWithLineBreaks_areWrittenAsHex1() {
    assertThat(RegFileWriter.valueLine(RegistryValue.string(V, "a\r\nb")))
        .isEqualTo("\"V\"=hex(1):61,00,0d,00,0a,00,62,00,00,00");
  }

  @Test
  void eachKind_usesItsRegeditEncoding() {
    assertThat(RegFileWriter.valueLine(RegistryValue.dword(V, 0xFFFFFFFFL)))
        .isEqualTo("\"V\"=dword:ffffffff");
    assertThat(RegFileWriter.valueLine(RegistryValue.qword(V, 42)))
        .isEqualTo("\"V\"=hex(b):2a,00,00,00,00,00,00,00");
    assertThat(RegFileWriter.valueLine(RegistryValue.expandString(V, "%A%")))
        .isEqualTo("\"V\"=hex(2):25,00,41,00,25,00,00,00");
    assertThat(RegFileWriter.valueLine(RegistryValue.multiString(V, List.of("a", "b"))))
        .isEqualTo("\"V\"=hex(7):61,00,00,00,62,00,00,00,00,00");
    assertThat(RegFileWriter.valueLine(RegistryValue.multiString(V, List.of())))
        .isEqualTo("\"V\"=hex(7):00,00");
    assertThat(RegFileWriter.valueLine(RegistryValue.binary(V, new byte[0])))
        .isEqualTo("\"V\"=hex:");
    assertThat(RegFileWriter.valueLine(RegistryValue.binary(V, new byte[] {(byte) 0xAB})))
        .isEqualTo("\"V\"=hex:ab");
  }

  @Test
  void longHexData_wrapsLikeRegeditAtEightyColumns() {
    byte[] bytes = new byte[60];
    String text = RegFileWriter.valueLine(RegistryValue.binary(ValueName.of("ProductId"), bytes));
    String[] lines = text.split("\r\n");

    // "ProductId"=hex: is 16 characters; regedit puts 21 bytes on the first line.
    assertThat(lines[0]).hasSize(80).startsWith("\"ProductId\"=hex:00,").endsWith(",\\");
    assertThat(lines[1]).hasSize(78).startsWith("  00,");
    assertThat(lines[1].split(",")).hasSize(26);
    assertThat(lines[2]).isEqualTo("  " + "00,".repeat(13) + "00");
  }

  @Test
  void utf16Encoding_startsWithABomAndUtf8HasNone() {
    RegistryKey root = new RegistryTree().snapshot();
    byte[] utf16 = RegFileWriter.write(root, RegEncoding.UTF_16LE_BOM);
    byte[] utf8 = RegFileWriter.write(root, RegEncoding.UTF_8);

    assertThat(utf16).startsWith((byte) 0xFF, (byte) 0xFE, (byte) 'W', (byte) 0);
    assertThat(new String(utf8, StandardCharsets.UTF_8)).startsWith("Windows Registry");
  }
}
