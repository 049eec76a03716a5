package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vireo.backup.testing.PackagedCli;
import dev.vireo.backup.testing.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent as users meet it: started and stopped through {@code bin/vireo-backup}, commands handed
 * to it by the script's perl client (no JVM), relative paths and the passphrase taken from the
 * command line's directory and environment, other builds and {@code VIREO_BACKUP_AGENT=0} running
 * in their own JVM, and a killed command line cancelling its command.
 */
class AgentWrapperIT {
  private static final Path SCRIPT = PackagedCli.SCRIPT;
  private static final String PASS = "wrapper-agent-pass";
  private final ObjectMapper json = new ObjectMapper();

  @TempDir Path dir;
  private Path jar;
  private Path socket;

  @BeforeEach
  void startAgent() throws Exception {
    jar = PackagedCli.copyJarTo(dir);
    socket = dir.resolve("agent").resolve("agent.sock");
    Result started = run(Map.of(), "agent", "start", "--idle-timeout", "10m");
    assertThat(started.exit).as(started.err).isZero();
    assertThat(started.out).contains("agent started");
  }

  @AfterEach
  void stopAgent() throws Exception {
    run(Map.of(), "agent", "stop");
  }

  @Test
  void commandsReachTheAgentThroughThePerlClientWithTheCallersDirectoryAndPassphrase()
      throws Exception {
    TestImages.create(dir.resolve("disk.img"), 8L << 20, 11);
    assertThat(ok("init", "--repo", "repo", "--encrypt", "--json").get("encrypted").asBoolean())
        .isTrue();
    JsonNode full =
        ok(
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
    String point = full.get("point").asText();

    // restore to stdout: binary output through the agent and the perl client, byte for byte
    Path restored = dir.resolve("restored.img");
    Result r =
        run(
            Map.of(),
            restored,
            "restore",
            "--repo",
            "repo",
            "--point",
            point,
            "--disk",
            "d0",
            "--stdout",
            "--quiet");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(sha256(restored)).isEqualTo(sha256(dir.resolve("disk.img")));

    // no java on the PATH: only the perl client can have run these
    Path bin = Files.createDirectory(dir.resolve("bin-without-java"));
    for (String tool : new String[] {"perl", "stat", "id", "readlink"}) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }
    Result listed = run(Map.of("PATH", bin.toString()), "list", "--repo", "repo", "--json");
    assertThat(listed.exit).as(listed.err).isZero();
    assertThat(json.readTree(listed.out).get(0).get("point").asText()).isEqualTo(point);
    Result wrong =
        run(Map.of("PATH", bin.toString(), "VIREO_PASSPHRASE", "nope"), "list", "--repo", "repo");
    assertThat(wrong.exit).isEqualTo(1);
    assertThat(wrong.err).contains("WRONG_PASSPHRASE");
    Result usage = run(Map.of("PATH", bin.toString()), "list", "--no-such-option", "--repo", "x");
    assertThat(usage.exit).isEqualTo(2);

    assertThat(served()).isEqualTo(6);
    // the agent was started with VIREO_PASSPHRASE set; its own environment does not keep it
    long pid = status().get("pid").asLong();
    assertThat(Files.readString(Path.of("/proc", Long.toString(pid), "environ")))
        .doesNotContain("VIREO_PASSPHRASE")
        .doesNotContain(PASS);
  }

  @Test
  void aTerminatedAgentRemovesItsSocketAndCommandsRunWithoutIt() throws Exception {
    ok("init", "--repo", "repo", "--json");
    long pid = status().get("pid").asLong();
    ProcessHandle agent = ProcessHandle.of(pid).orElseThrow();
    assertThat(agent.destroy()).isTrue(); // SIGTERM, as systemctl stop sends
    agent.onExit().get(30, TimeUnit.SECONDS);
    assertThat(socket).doesNotExist();
    Result list = run(Map.of(), "list", "--repo", "repo", "--json");
    assertThat(list.exit).as(list.err).isZero();
    assertThat(list.err).doesNotContain("agent");
  }

  @Test
  void anotherBuildOrTheSwitchRunsTheCommandInItsOwnJvm() throws Exception {
    ok("init", "--repo", "repo", "--json");
    int before = served();

    Result off = run(Map.of("VIREO_BACKUP_AGENT", "0"), "list", "--repo", "repo", "--json");
    assertThat(off.exit).as(off.err).isZero();
    assertThat(served()).isEqualTo(before);

    Path other = Files.copy(jar, dir.resolve("other-build.jar"));
    Files.setLastModifiedTime(other, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    Result refused =
        run(Map.of("VIREO_BACKUP_JAR", other.toString()), "list", "--repo", "repo", "--json");
    assertThat(refused.exit).as(refused.err).isZero();
    assertThat(refused.err).contains("another build");
    assertThat(json.readTree(refused.out).isArray()).isTrue();
    assertThat(served()).isEqualTo(before);
  }

  @Test
  void killingTheCommandLineCancelsItsCommandInTheAgent() throws Exception {
    TestImages.create(dir.resolve("big.img"), 64L << 20, 12);
    ok("init", "--repo", "repo", "--encrypt", "--json");
    ProcessBuilder pb =
        command(
            Map.of(),
            "backup",
            "image",
            "--repo",
            "repo",
            "--vm",
            "vm1",
            "--disk",
            "d0=big.img",
            "--bwlimit",
            "512K",
            "--quiet");
    Process p =
        pb.redirectOutput(dir.resolve("bg.out").toFile())
            .redirectError(dir.resolve("bg.err").toFile())
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (status().get("running").asInt() == 0) {
      assertThat(System.nanoTime()).as("the backup started in the agent").isLessThan(deadline);
      Thread.sleep(50);
    }
    Thread.sleep(500);
    p.destroy(); // SIGTERM to the command line (the perl client, which replaced the script)
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    while (status().get("running").asInt() != 0) {
      assertThat(System.nanoTime()).as("the agent cancelled the backup").isLessThan(deadline);
      Thread.sleep(50);
    }
    assertThat(ok("list", "--repo", "repo", "--json")).isEmpty();
    Result gc = run(Map.of(), "gc", "--repo", "repo", "--lock-wait", "0");
    assertThat(gc.exit).as(gc.err).isZero();
    Result verify = run(Map.of(), "verify", "--repo", "repo");
    assertThat(verify.exit).as(verify.err).isZero();
    assertThat(Files.readString(socket.resolveSibling("agent.log")))
        .contains("client went away: cancelling")
        .doesNotContain(PASS);
  }

  private JsonNode status() throws Exception {
    Result s = run(Map.of(), "agent", "status", "--json");
    assertThat(s.exit).as(s.err).isZero();
    return json.readTree(s.out);
  }

  private int served() throws Exception {
    return status().get("served").asInt();
  }

  private JsonNode ok(String... args) throws Exception {
    Result r = run(Map.of(), args);
    assertThat(r.exit).as(r.err).isZero();
    return json.readTree(r.out);
  }

  private static Path which(String tool) {
    for (String d : System.getenv("PATH").split(":")) {
      Path p = Path.of(d, tool);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    throw new IllegalStateException(tool + " not on PATH");
  }

  private static String sha256(Path f) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
  }

  private record Result(int exit, String out, String err) {}

  private ProcessBuilder command(Map<String, String> env, String... args) {
    List<String> cmd = Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(args)).toList();
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> e = pb.environment();
    e.put("VIREO_BACKUP_JAR", jar.toString());
    e.put("VIREO_BACKUP_AGENT_SOCKET", socket.toString());
    e.put("VIREO_PASSPHRASE", PASS);
    e.remove("VIREO_BACKUP_AGENT");
    e.remove("VIREO_JAVA_OPTS");
    e.put("VIREO_CDS", "0"); // no class-data archive to make for every copied jar
    e.remove("JAVA_TOOL_OPTIONS");
    e.putAll(new HashMap<>(env));
    return pb;
  }

  private Result run(Map<String, String> env, String... args) throws Exception {
    return run(env, (Path) null, args);
  }

  private Result run(Map<String, String> env, Path stdoutFile, String... args)
      throws IOException, InterruptedException {
    Path out = stdoutFile != null ? stdoutFile : dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = command(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
    Result r =
        new Result(
            p.exitValue(), stdoutFile != null ? "" : Files.readString(out), Files.readString(err));
    if (stdoutFile == null) {
      Files.delete(out);
    }
    Files.delete(err);
    return r;
  }
}
