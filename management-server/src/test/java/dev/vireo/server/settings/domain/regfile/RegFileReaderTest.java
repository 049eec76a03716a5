package dev.vireo.server.settings.domain.regfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.RegistryChange;
import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.ValueName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegFileReaderTest {
  private static final String HEAD = "Windows Registry Editor Version 5.00\r\n\r\n";
  private static final String KEY = "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\Backup]\r\n";
  private static final RegistryPath BACKUP = RegistryPath.parse("Settings\\Backup");

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = RegFileReaderTest.class.getResourceAsStream("/settings/" + name)) {
      return in.readAllBytes();
    }
  }

  private static RegistryTree imported(byte[] document) {
    RegistryTree tree = new RegistryTree();
    tree.apply(RegFileReader.read(document).toChanges());
    return tree;
  }

  private static RegistryValue value(RegistryTree tree, String path, String name) {
    return tree.findValue(RegistryPath.parse(path), ValueName.of(name)).orElseThrow();
  }

  @Test
  void regeditUtf16Export_importsEveryKindWithItsValue() throws IOException {
    RegistryTree tree = imported(fixture("regedit-export-utf16.reg"));

    assertThat(value(tree, "Settings\\Backup", "").asString()).isEqualTo("Backup settings");
    assertThat(value(tree, "Settings\\Backup", "MaxParallelBackupJobs").asDWord()).isEqualTo(12);
    assertThat(value(tree, "Settings\\Backup", "ChunkStoreRoot").asString())
        .isEqualTo("%ProgramData%\\Vireo\\Chunks");
    assertThat(value(tree, "Settings\\Backup", "ExtraStores").asMultiString())
        .containsExactly("D:\\Chunks", "E:\\Chunks");
    assertThat(value(tree, "Settings\\Backup", "LastCatalogSize").asQWord())
        .isEqualTo(1234567890123L);
    assertThat(value(tree, "Settings\\Backup", "Thumbprint").asBinary()).hasSize(100);
    assertThat(value(tree, "Settings\\Backup", "Quote \"and\" back\\slash").asString())
        .isEqualTo("C:\\Program Files\\Vireo \"beta\"");
    assertThat(value(tree, "Settings\\Backup\\Schedules", "Empty").asMultiString()).isEmpty();
    assertThat(value(tree, "Settings\\Backup\\Schedules", "Blob").asBinary()).isEmpty();
    assertThat(value(tree, "Settings\\Inventory", "Motto").asString()).isEqualTo("Grüße, 仮想化 ✓");
  }

  @Test
  void regeditUtf16Export_reExportsByteForByte() throws IOException {
    byte[] original = fixture("regedit-export-utf16.reg");
    RegistryKey root = imported(original).snapshot();

    assertThat(RegFileWriter.write(root, RegEncoding.UTF_16LE_BOM)).isEqualTo(original);
  }

  @Test
  void handEditedUtf8File_withCommentsDeletionsAndLfLineEnds_applies() throws IOException {
    RegistryTree tree = new RegistryTree();
    RegistryPath jobs = RegistryPath.parse("Settings\\Jobs");
    RegistryPath obsolete = RegistryPath.parse("Settings\\Obsolete\\Deep");
    tree.createKey(jobs);
    tree.createKey(obsolete);
    tree.setValue(jobs, RegistryValue.dword(ValueName.of("MaxConcurrentLegacy"), 3));

    tree.apply(RegFileReader.read(fixture("hand-edited-utf8-lf.reg")).toChanges());

    assertThat(tree.findKey(RegistryPath.parse("Settings\\Obsolete"))).isEmpty();
    assertThat(tree.findValue(jobs, ValueName.of("MaxConcurrentLegacy"))).isEmpty();
    assertThat(value(tree, "Settings\\Jobs", "HistoryRetentionDays").asDWord()).isEqualTo(30);
    assertThat(value(tree, "Settings\\Jobs", "Bytes").asBinary()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void utf8WithBom_andSpacesAroundEquals_areAccepted() {
    byte[] bom = RegFormat.UTF8_BOM;
    byte[] body = (HEAD + KEY + "\"A\" = dword:1\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, doc, 0, bom.length);
    System.arraycopy(body, 0, doc, bom.length, body.length);

    assertThat(value(imported(doc), "Settings\\Backup", "A").asDWord()).isEqualTo(1);
  }

  @Test
  void deletionSyntax_becomesIdempotentDeleteChanges() {
    RegScript script = RegFileReader.read(HEAD + "[-" + KEY.substring(1) + KEY + "\"X\"=-\r\n");
    assertThat(script.toChanges())
        .containsExactly(
            new RegistryChange.DeleteKey(BACKUP, true, false),
            new RegistryChange.CreateKey(BACKUP),
            new RegistryChange.DeleteValue(BACKUP, ValueName.of("X"), false));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "missing header | REGEDIT5 | 1 | first line must be",
        "old format | REGEDIT4 | 1 | REGEDIT4",
        "value before key | H\"A\"=dword:1 | 3 | before any [key]",
        "outside root | H[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other] | 3 | outside",
        "unclosed key | H[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings | 3 | end with ']'",
        "bad path | H[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\\\x] | 3 | empty",
        "root deletion | H[-HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings] | 3 | root",
        "bad dword | K\"A\"=dword:123456789 | 4 | 1 to 8",
        "bad hex byte | K\"A\"=hex:01,zz | 4 | malformed hex byte",
        "unsupported type | K\"A\"=hex(0):00 | 4 | hex(0)",
        "bad escape | K\"A\"=\"a\\nb\" | 4 | unsupported escape",
        "unterminated | K\"A\"=\"abc | 4 | closing double quote",
        "odd utf16 | K\"A\"=hex(2):41 | 4 | odd number",
        "trailing text | K\"A\"=\"x\" y | 4 | after the closing",
        "garbage | Kfoo | 4 | unexpected text",
        "dangling continuation | K\"A\"=hex:01,\\ | 4 | ends inside",
      })
  void malformedDocuments_failWithTheLineNumber(
      String label, String body, int line, String message) {
    String doc =
        body.startsWith("H")
            ? HEAD + body.substring(1)
            : body.startsWith("K") ? HEAD + KEY + body.substring(1) : body;
    assertThatThrownBy(() -> RegFileReader.read(doc))
        .isInstanceOf(RegParseException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((RegParseException) e).lineNumber()).isEqualTo(line));
  }

  @Test
  void errorAfterContinuedValue_reportsThePhysicalLine() {
    String doc = HEAD + KEY + "\"A\"=hex:01,\\\r\n  02,\\\r\n  03\r\n\"B\"=dword:xyz\r\n";
    assertThatThrownBy(() -> RegFileReader.read(doc))
        .satisfies(e -> assertThat(((RegParseException) e).lineNumber()).isEqualTo(7));
  }

  @Test
  void invalidUtf8_isRejected() {
    byte[] doc = {(byte) 0xC3, (byte) 0x28};
    assertThatThrownBy(() -> RegFileReader.read(doc))
        .isInstanceOf(RegParseException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void parseErrorLate_inTheDocument_meansNothingIsReturned() {
    String doc = HEAD + KEY + "\"A\"=dword:1\r\n" + KEY + "\"B\"=nonsense\r\n";
    RegistryTree tree = new RegistryTree();
    assertThatThrownBy(() -> tree.apply(RegFileReader.read(doc).toChanges()))
        .isInstanceOf(RegParseException.class);
    assertThat(tree.snapshot().isEmpty()).isTrue();
  }

  @Test
  void hex4AndHex1_areReadAsDWordAndString() {
    RegistryTree tree =
        imported(
            (HEAD + KEY + "\"D\"=hex(4):2a,00,00,00\r\n\"S\"=hex(1):61,00,00,00\r\n")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(value(tree, "Settings\\Backup", "D").asDWord()).isEqualTo(42);
    assertThat(value(tree, "Settings\\Backup", "S").asString()).isEqualTo("a");
    assertThat(List.of(value(tree, "Settings\\Backup", "S").kind().displayName()))
        .containsExactly("String");
  }
}
