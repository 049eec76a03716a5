package dev.vireo.server.settings.domain.regfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.settings.domain.RegParseException;
import dev.vireo.server.settings.domain.RegistryTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mutated documents either parse or fail with a line-numbered parse error, nothing else. */
class RegFileReaderFuzzTest {
  private static final String NOISE = "\\\"[]=-,:;@()x0f7b\r\n \t\u0000é✓\uD800";

  @Test
  void mutatedDocuments_parseOrFailWithAParseErrorOnly() throws IOException {
    String seed = RegFileReader.decode(RegFileReaderTest.fixture("regedit-export-utf16.reg"));
    Random random = new Random(4242L);
    int parsed = 0;
    for (int run = 0; run < 3000; run++) {
      String mutated = mutate(seed, random, 1 + random.nextInt(4));
      try {
        RegScript script = RegFileReader.read(mutated);
        RegistryTree tree = new RegistryTree();
        tree.apply(script.toChanges());
        assertReExportsStably(tree);
        parsed++;
      } catch (RegParseException e) {
        assertThat(e.lineNumber()).isPositive();
      }
    }
    assertThat(parsed).as("some mutations stay valid").isPositive();
  }

  @Test
  void randomBytes_neverEscapeAsAnythingButAParseError() {
    Random random = new Random(7L);
    for (int run = 0; run < 2000; run++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      byte[] withHeader =
          (RegFormat.HEADER + "\r\n" + new String(bytes, StandardCharsets.ISO_8859_1))
              .getBytes(StandardCharsets.UTF_8);
      for (byte[] document : new byte[][] {bytes, withHeader}) {
        try {
          RegFileReader.read(document);
        } catch (RegParseException expected) {
          assertThat(expected.lineNumber()).isPositive();
        }
      }
    }
  }

  private static void assertReExportsStably(RegistryTree tree) {
    for (RegEncoding encoding : RegEncoding.values()) {
      byte[] export = RegFileWriter.write(tree.snapshot(), encoding);
      RegistryTree again = new RegistryTree();
      again.apply(RegFileReader.read(export).toChanges());
      assertThat(again.snapshot().sameContentAs(tree.snapshot())).isTrue();
      assertThat(RegFileWriter.write(again.snapshot(), encoding)).isEqualTo(export);
    }
  }

  private static String mutate(String text, Random random, int edits) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      char noise = NOISE.charAt(random.nextInt(NOISE.length()));
      switch (random.nextInt(3)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, noise);
        default -> out.setCharAt(at, noise);
      }
    }
    return out.toString();
  }
}
