package dev.vireo.backup.cli.agent;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vireo.backup.cli.VireoBackupCli;
import dev.vireo.backup.cli.agent.AgentProtocol.Request;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.testing.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent in this JVM on a real Unix domain socket, driven by the Java client: commands run with
 * the client's directory, variables and streams and give what a local run gives; a client that goes
 * away cancels its command without damage; the agent refuses other builds and unsafe directories,
 * and stops when asked or idle.
 */
class AgentServerTest {
  private static final String PASS = "agent-test-pass";
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path tmp;
  private Path socket;
  private AgentServer server;
  private Thread serving;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  record Result(OptionalInt exit, byte[] out, String err) {
    String outText() {
      return new String(out, UTF_8);
    }
  }

  @BeforeEach
  void start() {
    socket = tmp.resolve("agent").resolve("agent.sock");
    server =
        new AgentServer(socket, Duration.ZERO, Duration.ofMinutes(10), new PrintStream(log, true));
    serving = new Thread(server::serve, "test-agent");
    serving.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.stop();
    serving.join(30_000);
  }

  private Result agent(Path cwd, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt exit = AgentClient.run(socket, args, cwd.toString(), env, out, err);
    return new Result(exit, out.toByteArray(), err.toString(UTF_8));
  }

  private Result agent(String... args) {
    return agent(tmp, Map.of("VIREO_PASSPHRASE", PASS), args);
  }

  private JsonNode ok(String... args) throws Exception {
    Result r = agent(args);
    assertThat(r.exit()).as(r.err()).hasValue(0);
    return json.readTree(r.out());
  }

  private JsonNode backupImage(String repo, Path img) throws Exception {
    return ok(
        "backup",
        "image",
        "--repo",
        repo,
        "--vm",
        "vm1",
        "--disk",
        "d0=" + img,
        "--json",
        "--quiet");
  }

  private String local(String... args) {
    var cl = VireoBackupCli.commandLine(args);
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cl.execute(args)).isZero();
    return out.toString();
  }

  private JsonNode status() throws Exception {
    return json.readTree(AgentClient.ask(socket, AgentProtocol.STATUS));
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for: " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  @Test
  void commandsRunWithTheClientsDirectoryAndPassphraseAndAnswerAsALocalRunDoes() throws Exception {
    Path work = Files.createDirectory(tmp.resolve("work"));
    TestImages.create(work.resolve("disk.img"), 8L << 20, 5);
    // relative paths resolve against the client's directory, not the agent's
    ok("init", "--repo", "work/repo", "--encrypt", "--json");
    Result backup =
        agent(
            work,
            Map.of("VIREO_PASSPHRASE", PASS),
            "backup",
            "image",
            "--repo",
            "repo",
            "--vm",
            "vm1",
            "--disk",
            "d0=disk.img",
            "--json",
            "--quiet");
    assertThat(backup.exit()).as(backup.err()).hasValue(0);
    JsonNode b = json.readTree(backup.out());
    assertThat(b.get("kind").asText()).isEqualTo("FULL");
    String point = b.get("point").asText();
    String repo = work.resolve("repo").toString();

    // restore to stdout: the bytes come back through the socket unchanged
    Result restored =
        agent("restore", "--repo", repo, "--point", point, "--disk", "d0", "--stdout", "--quiet");
    assertThat(restored.exit()).as(restored.err()).hasValue(0);
    assertThat(sha256(restored.out()))
        .isEqualTo(sha256(Files.readAllBytes(work.resolve("disk.img"))));
    assertThat(restored.err()).contains("\"bytes\"");

    // errors: exit codes, the JSON error on stdout and the message on stderr, as locally
    Result wrong =
        agent(tmp, Map.of("VIREO_PASSPHRASE", "not-it"), "list", "--repo", repo, "--json");
    assertThat(wrong.exit()).hasValue(1);
    assertThat(json.readTree(wrong.out()).get("error").get("code").asText())
        .isEqualTo("WRONG_PASSPHRASE");
    assertThat(wrong.err()).contains("wrong passphrase").doesNotContain("Exception");
    Result noPass = agent(tmp, Map.of(), "list", "--repo", repo);
    assertThat(noPass.exit()).hasValue(1);
    assertThat(noPass.err()).contains("PASSPHRASE_REQUIRED");
    Result usage = agent("list", "--repo", repo, "--bogus");
    assertThat(usage.exit()).hasValue(2);
    assertThat(usage.err()).contains("Unknown option: '--bogus'");

    assertThat(status().get("served").asInt()).isGreaterThanOrEqualTo(6);
    String agentLog = log.toString(UTF_8);
    assertThat(agentLog)
        .contains("backup image: exit 0")
        .doesNotContain(PASS)
        .doesNotContain("disk.img");
  }

  @Test
  void theSameOutputAsALocalRunAndTheKeyIsRememberedButNeverForAnotherPassphrase()
      throws Exception {
    Path img = tmp.resolve("d.img");
    TestImages.create(img, 4L << 20, 9);
    String repo = tmp.resolve("repo").toString();
    ok("init", "--repo", repo, "--encrypt", "--json");
    backupImage(repo, img);
    assertThat(status().get("keysRemembered").asInt()).isEqualTo(1);

    Path passFile = tmp.resolve("pass");
    Files.writeString(passFile, PASS + "\n");
    String viaAgent = agent("list", "--repo", repo, "--json").outText();
    String here = local("list", "--repo", repo, "--json", "--passphrase-file", passFile.toString());
    assertThat(viaAgent).isEqualTo(here);

    // a remembered key for PASS does not open the repository for another passphrase
    Result wrong = agent(tmp, Map.of("VIREO_PASSPHRASE", PASS + "x"), "list", "--repo", repo);
    assertThat(wrong.exit()).hasValue(1);
    assertThat(wrong.err()).contains("WRONG_PASSPHRASE");
    assertThat(status().get("keysRemembered").asInt()).isEqualTo(1);
  }

  @Test
  void aClientThatGoesAwayCancelsItsCommandAndTheRepositoryStaysConsistent() throws Exception {
    Path img = tmp.resolve("big.img");
    TestImages.create(img, 64L << 20, 3);
    String repo = tmp.resolve("repo").toString();
    ok("init", "--repo", repo, "--encrypt", "--json");
    // 64 MiB at 512 KiB/s: two minutes, unless cancelled
    try (var ch = AgentClient.connect(socket)) {
      AgentProtocol.writeRequest(
          ch,
          new Request(
              AgentProtocol.RUN,
              AgentProtocol.build(),
              tmp.toString(),
              List.of(
                  "backup",
                  "image",
                  "--repo",
                  repo,
                  "--vm",
                  "vm1",
                  "--disk",
                  "d0=" + img,
                  "--bwlimit",
                  "512K"),
              Map.of("VIREO_PASSPHRASE", PASS)));
      await("the backup is running", () -> runningCommands() == 1);
      Thread.sleep(500);
      // commands run side by side: listing the same repository does not wait for the backup
      assertThat(ok("list", "--repo", repo, "--json", "--lock-wait", "0")).isEmpty();
    } // the client disconnects, as a killed command line does
    await("the agent cancelled the backup", () -> runningCommands() == 0);
    assertThat(log.toString(UTF_8)).contains("client went away: cancelling");

    // no point was committed, the lock is free (gc takes it exclusively) and verify is clean
    assertThat(ok("list", "--repo", repo, "--json")).isEmpty();
    Result gc = agent("gc", "--repo", repo, "--lock-wait", "0");
    assertThat(gc.exit()).as(gc.err()).hasValue(0);
    Result verify = agent("verify", "--repo", repo, "--json");
    assertThat(verify.exit()).as(verify.err()).hasValue(0);
    // and the agent still works
    backupImage(repo, img);
  }

  private int runningCommands() {
    try {
      return status().get("running").asInt();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anotherBuildIsRefusedSoTheClientRunsTheCommandItself() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (var ch = AgentClient.connect(socket)) {
      AgentProtocol.writeRequest(
          ch, new Request(AgentProtocol.RUN, "other-build", "/", List.of("--version"), Map.of()));
      var f = AgentProtocol.readFrame(ch);
      assertThat(f.type()).isEqualTo(AgentProtocol.REFUSED);
      assertThat(f.text()).contains("another build");
    }
    assertThat(status().get("served").asInt()).isZero();
    assertThat(err.size()).isZero();
  }

  @Test
  void theClientUsesOnlyAPrivateDirectoryAndFallsBackWithoutAnAgent() throws Exception {
    Map<String, String> env = Map.of(AgentPaths.SOCKET_ENV, socket.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, env, "/", out, err)).hasValue(0);
    assertThat(out.toString(UTF_8)).contains("vireo-backup");

    Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwxr-x---"));
    err.reset();
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, env, "/", out, err)).isEmpty();
    assertThat(err.toString(UTF_8)).contains("not using the agent").contains("rwxr-x---");
    Files.setPosixFilePermissions(socket.getParent(), PosixFilePermissions.fromString("rwx------"));

    Map<String, String> off =
        Map.of(AgentPaths.SOCKET_ENV, socket.toString(), AgentPaths.SWITCH_ENV, "0");
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, off, "/", out, err)).isEmpty();

    server.stop();
    serving.join(30_000);
    assertThat(socket).doesNotExist();
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, env, "/", out, err)).isEmpty();
  }

  @Test
  void aSecondAgentOnTheSameSocketIsRefusedAndAStaleSocketIsReplaced() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertThatThrownBy(() -> new AgentServer(socket, Duration.ZERO, Duration.ZERO, quiet))
        .isInstanceOf(BackupException.class)
        .hasMessageContaining("already running");

    server.stop();
    serving.join(30_000);
    // a socket left behind by an agent that died (bound, closed, never removed): nothing answers
    try (var dead =
        java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      dead.bind(java.net.UnixDomainSocketAddress.of(socket));
    }
    assertThat(socket).exists();
    Map<String, String> env = Map.of(AgentPaths.SOCKET_ENV, socket.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, env, "/", out, out)).isEmpty();

    server = new AgentServer(socket, Duration.ZERO, Duration.ZERO, quiet);
    serving = new Thread(server::serve, "test-agent-2");
    serving.start();
    assertThat(AgentClient.runIfAgent(new String[] {"--version"}, env, "/", out, out)).hasValue(0);
  }

  @Test
  void anIdleAgentStopsByItselfAndRemovesItsSocket() throws Exception {
    Path other = tmp.resolve("idle").resolve("agent.sock");
    AgentServer idle =
        new AgentServer(
            other,
            Duration.ofMillis(300),
            Duration.ZERO,
            new PrintStream(OutputStream.nullOutputStream()));
    Thread t = new Thread(idle::serve);
    t.start();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(other).doesNotExist();
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }
}
