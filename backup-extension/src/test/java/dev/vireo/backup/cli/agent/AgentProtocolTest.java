package dev.vireo.backup.cli.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.cli.agent.AgentProtocol.Frame;
import dev.vireo.backup.cli.agent.AgentProtocol.Request;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AgentProtocolTest {
  private static byte[] encode(Request r) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    AgentProtocol.writeRequest(Channels.newChannel(b), r);
    return b.toByteArray();
  }

  private static Request decode(byte[] b) throws IOException {
    return AgentProtocol.readRequest(Channels.newChannel(new ByteArrayInputStream(b)));
  }

  @Test
  void aRequestRoundTripsWithUnicodeAndEmptyStrings() throws IOException {
    Request r =
        new Request(
            AgentProtocol.RUN,
            "123:456",
            "/home/ünïcode dir",
            List.of("backup", "image", "--disk", "d0=disk 1.img", ""),
            Map.of("VIREO_PASSPHRASE", "pässwörd", "VIREO_X", ""));
    assertThat(decode(encode(r))).isEqualTo(r);
  }

  @Test
  void framesRoundTripAndACleanEndBetweenFramesReadsAsNull() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    var ch = Channels.newChannel(b);
    byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
    AgentProtocol.writeFrame(ch, AgentProtocol.OUT, data, 1, 3);
    AgentProtocol.writeExit(ch, 3);
    var in = Channels.newChannel(new ByteArrayInputStream(b.toByteArray()));
    Frame f = AgentProtocol.readFrame(in);
    assertThat(f.type()).isEqualTo(AgentProtocol.OUT);
    assertThat(f.text()).isEqualTo("ell");
    Frame exit = AgentProtocol.readFrame(in);
    assertThat(exit.type()).isEqualTo(AgentProtocol.EXIT);
    assertThat(exit.exitCode()).isEqualTo(3);
    assertThat(AgentProtocol.readFrame(in)).isNull();
  }

  @Test
  void malformedRequestsAreRejectedWithAnIoException() throws IOException {
    byte[] good =
        encode(new Request(AgentProtocol.RUN, "b", "/", List.of("list"), Map.of("VIREO_A", "1")));

    byte[] badMagic = good.clone();
    badMagic[0] ^= 1;
    assertThatThrownBy(() -> decode(badMagic))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("magic");

    byte[] hugeLength = good.clone();
    ByteBuffer.wrap(hugeLength).putInt(4, AgentProtocol.MAX_REQUEST + 1);
    assertThatThrownBy(() -> decode(hugeLength))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("length");

    byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
    assertThatThrownBy(() -> decode(truncated)).isInstanceOf(IOException.class);

    byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
    ByteBuffer.wrap(trailing).putInt(4, good.length - 8 + 1);
    assertThatThrownBy(() -> decode(trailing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void randomBytesNeverDecodeIntoAnythingButARequestOrAnIoException() {
    Random rnd = new Random(7);
    byte[] good;
    try {
      good =
          encode(
              new Request(
                  AgentProtocol.RUN, "b", "/d", List.of("a", "bb"), Map.of("VIREO_K", "v")));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (int i = 0; i < 20_000; i++) {
      byte[] b = good.clone();
      int flips = 1 + rnd.nextInt(4);
      for (int j = 0; j < flips; j++) {
        b[8 + rnd.nextInt(b.length - 8)] = (byte) rnd.nextInt(256);
      }
      try {
        decode(b);
      } catch (IOException expected) {
        // rejected: fine
      }
    }
  }
}
