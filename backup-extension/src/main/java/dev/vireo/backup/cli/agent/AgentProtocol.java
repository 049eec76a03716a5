package dev.vireo.backup.cli.agent;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent's wire format on its Unix domain socket. The client sends one request: the magic {@code
 * VBA1}, a length, then kind, the client's build, working directory, arguments and {@code VIREO_*}
 * environment variables (strings as a length and UTF-8 bytes). The agent answers with frames (a
 * type byte, a length, the bytes): standard output, standard error, and last the exit code, or a
 * text answer to a status or stop request, or a refusal. Big-endian throughout.
 */
final class AgentProtocol {
  static final int MAGIC = 0x56424131; // "VBA1"

  /** Request kinds. */
  static final byte RUN = 'R';

  static final byte STATUS = 'S';
  static final byte STOP = 'Q';

  /** Frame types. */
  static final byte OUT = 1;

  static final byte ERR = 2;
  static final byte EXIT = 3;
  static final byte TEXT = 4;

  /** The agent will not run the request (a different build); the client runs it itself. */
  static final byte REFUSED = 5;

  static final int MAX_REQUEST = 4 << 20;
  static final int MAX_FRAME = 1 << 20;
  private static final int MAX_COUNT = 65_536;

  private AgentProtocol() {}

  /** What a client asks for. */
  record Request(byte kind, String build, String cwd, List<String> args, Map<String, String> env) {}

  /** One frame of an answer. */
  record Frame(byte type, byte[] data) {
    int exitCode() {
      return ByteBuffer.wrap(data).getInt();
    }

    String text() {
      return new String(data, UTF_8);
    }
  }

  /**
   * Identifies the code a process runs: its jar's size and modification time (seconds), so that a
   * client never has its command run by an agent started from another build. The wrapper script's
   * client (bin/agent-client.pl) sends the same, from {@code stat -c %s:%Y} of the jar.
   */
  static String build() {
    try {
      Path p =
          Path.of(AgentProtocol.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // StringBuilder, not +: string concatenation bootstraps method handles, which costs a
      // command line that only talks to the agent ~10 ms
      return new StringBuilder()
          .append(Files.size(p))
          .append(':')
          .append(Files.getLastModifiedTime(p).toMillis() / 1000)
          .toString();
    } catch (Exception e) {
      return "unknown";
    }
  }

  static void writeRequest(WritableByteChannel ch, Request r) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeByte(r.kind());
    writeString(d, r.build());
    writeString(d, r.cwd());
    d.writeInt(r.args().size());
    for (String a : r.args()) {
      writeString(d, a);
    }
    d.writeInt(r.env().size());
    for (Map.Entry<String, String> e : r.env().entrySet()) {
      writeString(d, e.getKey());
      writeString(d, e.getValue());
    }
    d.flush();
    ByteBuffer head = ByteBuffer.allocate(8).putInt(MAGIC).putInt(bytes.size()).flip();
    writeFully(ch, head);
    writeFully(ch, ByteBuffer.wrap(bytes.toByteArray()));
  }

  /**
   * Reads one request.
   *
   * @throws IOException if the peer is not a client of this protocol or the request is malformed
   */
  static Request readRequest(ReadableByteChannel ch) throws IOException {
    ByteBuffer head = readFully(ch, 8);
    if (head.getInt() != MAGIC) {
      throw new IOException("not a vireo-backup client (bad magic)");
    }
    int len = head.getInt();
    if (len < 0 || len > MAX_REQUEST) {
      throw new IOException("request length out of range: " + len);
    }
    DataInputStream d = new DataInputStream(new ByteArrayInputStream(readFully(ch, len).array()));
    byte kind = d.readByte();
    String build = readString(d);
    String cwd = readString(d);
    int argc = count(d.readInt());
    List<String> args = new ArrayList<>(argc);
    for (int i = 0; i < argc; i++) {
      args.add(readString(d));
    }
    int envc = count(d.readInt());
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < envc; i++) {
      env.put(readString(d), readString(d));
    }
    if (d.available() != 0) {
      throw new IOException("trailing bytes after the request");
    }
    return new Request(kind, build, cwd, List.copyOf(args), Map.copyOf(env));
  }

  static void writeFrame(WritableByteChannel ch, byte type, byte[] b, int off, int len)
      throws IOException {
    writeFully(ch, ByteBuffer.allocate(5).put(type).putInt(len).flip());
    writeFully(ch, ByteBuffer.wrap(b, off, len));
  }

  static void writeExit(WritableByteChannel ch, int code) throws IOException {
    writeFrame(ch, EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4);
  }

  static void writeText(WritableByteChannel ch, byte type, String text) throws IOException {
    byte[] b = text.getBytes(UTF_8);
    writeFrame(ch, type, b, 0, b.length);
  }

  /** The next frame, or null where the agent closed the connection between frames. */
  static Frame readFrame(ReadableByteChannel ch) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(5);
    while (head.hasRemaining()) {
      if (ch.read(head) < 0) {
        if (head.position() == 0) {
          return null;
        }
        throw new EOFException("connection closed inside a frame header");
      }
    }
    head.flip();
    byte type = head.get();
    int len = head.getInt();
    if (len < 0 || len > MAX_FRAME) {
      throw new IOException("frame length out of range: " + len);
    }
    return new Frame(type, readFully(ch, len).array());
  }

  private static int count(int n) throws IOException {
    if (n < 0 || n > MAX_COUNT) {
      throw new IOException("count out of range: " + n);
    }
    return n;
  }

  private static void writeString(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static String readString(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > d.available()) {
      throw new IOException("string length out of range: " + n);
    }
    byte[] b = new byte[n];
    d.readFully(b);
    return new String(b, UTF_8);
  }

  static ByteBuffer readFully(ReadableByteChannel ch, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    while (b.hasRemaining()) {
      if (ch.read(b) < 0) {
        throw new EOFException("connection closed after " + b.position() + " of " + n + " bytes");
      }
    }
    return b.flip();
  }

  static void writeFully(WritableByteChannel ch, ByteBuffer b) throws IOException {
    while (b.hasRemaining()) {
      ch.write(b);
    }
  }
}
