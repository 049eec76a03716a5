package dev.vireo.server.settings.domain.regfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.settings.domain.RegistryKey;
import dev.vireo.server.settings.domain.RegistryNames;
import dev.vireo.server.settings.domain.RegistryPath;
import dev.vireo.server.settings.domain.RegistryTree;
import dev.vireo.server.settings.domain.RegistryValue;
import dev.vireo.server.settings.domain.RegistryValueKind;
import dev.vireo.server.settings.domain.ValueName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegRoundTripTest {
  private static final String ALPHABET =
      "abcXYZ019 _-.,;:!?\\\"'[]{}()=@%$#&*/+<>|~`^ äöüßéñ€✓仮想化日本語Ωπ";

  private static RegistryKey reimport(RegistryKey root, RegEncoding encoding) {
    RegistryTree tree = new RegistryTree();
    tree.apply(RegFileReader.read(RegFileWriter.write(root, encoding)).toChanges());
    return tree.snapshot();
  }

  private static void assertRoundTripExact(RegistryKey root) {
    for (RegEncoding encoding : RegEncoding.values()) {
      byte[] first = RegFileWriter.write(root, encoding);
      RegistryKey back = reimport(root, encoding);
      assertThat(back.sameContentAs(root)).as("content after import, %s", encoding).isTrue();
      assertThat(RegFileWriter.write(back, encoding)).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @EnumSource(RegistryValueKind.class)
  void everyKind_roundTripsByteForByte(RegistryValueKind kind) {
    RegistryTree tree = new RegistryTree();
    RegistryPath key = RegistryPath.parse("Settings\\Round\\Trip");
    tree.createKey(key);
    for (RegistryValue value : samples(kind)) {
      tree.setValue(key, value);
    }
    assertRoundTripExact(tree.snapshot());
  }

  private static List<RegistryValue> samples(RegistryValueKind kind) {
    ValueName a = ValueName.of("A \"quoted\" \\ name ✓");
    ValueName b = ValueName.defaultValue();
    ValueName c = ValueName.of("C");
    return switch (kind) {
      case STRING ->
          List.of(
              RegistryValue.string(a, "C:\\x \"y\" 日本語"),
              RegistryValue.string(b, ""),
              RegistryValue.string(c, "line1\r\nline2\ttab"));
      case EXPAND_STRING ->
          List.of(
              RegistryValue.expandString(a, "%SystemRoot%\\x"), RegistryValue.expandString(b, ""));
      case MULTI_STRING ->
          List.of(
              RegistryValue.multiString(a, List.of("one", "zwei ✓", "x".repeat(100))),
              RegistryValue.multiString(b, List.of()));
      case DWORD -> List.of(RegistryValue.dword(a, 0), RegistryValue.dword(b, 0xFFFFFFFFL));
      case QWORD -> List.of(RegistryValue.qword(a, -1L), RegistryValue.qword(b, 0));
      case BINARY ->
          List.of(
              RegistryValue.binary(a, new byte[1000]),
              RegistryValue.binary(b, new byte[0]),
              RegistryValue.binary(c, new byte[] {(byte) 0xFF}));
    };
  }

  @Test
  void randomTrees_roundTripByteForByte() {
    Random random = new Random(20261121L);
    for (int run = 0; run < 200; run++) {
      RegistryTree tree = new RegistryTree();
      List<RegistryPath> keys = new ArrayList<>(List.of(RegistryPath.root()));
      for (int k = 0; k < 1 + random.nextInt(6); k++) {
        RegistryPath parent = keys.get(random.nextInt(keys.size()));
        if (parent.depth() < RegistryNames.MAX_DEPTH) {
          RegistryPath child = parent.child(randomText(random, 1, 20).replace('\\', '_'));
          tree.createKey(child);
          keys.add(child);
        }
      }
      for (int v = 0; v < random.nextInt(12); v++) {
        tree.setValue(keys.get(random.nextInt(keys.size())), randomValue(random));
      }
      assertRoundTripExact(tree.snapshot());
    }
  }

  private static RegistryValue randomValue(Random random) {
    ValueName name =
        random.nextInt(8) == 0 ? ValueName.defaultValue() : ValueName.of(randomText(random, 1, 30));
    RegistryValueKind kind = RegistryValueKind.values()[random.nextInt(6)];
    return switch (kind) {
      case STRING -> RegistryValue.string(name, randomText(random, 0, 120));
      case EXPAND_STRING -> RegistryValue.expandString(name, randomText(random, 0, 120));
      case MULTI_STRING -> RegistryValue.multiString(name, randomItems(random));
      case DWORD -> RegistryValue.dword(name, random.nextLong() & RegistryValue.MAX_DWORD);
      case QWORD -> RegistryValue.qword(name, random.nextLong());
      case BINARY -> {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        yield RegistryValue.binary(name, bytes);
      }
    };
  }

  private static List<String> randomItems(Random random) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < random.nextInt(5); i++) {
      items.add(randomText(random, 1, 40));
    }
    return items;
  }

  private static String randomText(Random random, int min, int max) {
    StringBuilder text = new StringBuilder();
    int length = min + random.nextInt(max - min + 1);
    while (text.length() < length) {
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      text.append(c);
    }
    return text.toString();
  }
}
