package dev.vireo.backup.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vireo.backup.cli.agent.AgentClient;
import dev.vireo.backup.cli.agent.AgentServer;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.Hashing;
import dev.vireo.backup.nativeio.DirectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks the engine end to end on this machine: in a temporary encrypted repository under {@code
 * --dir} it backs up a generated sparse disk, backs up a change given as an extent list, restores
 * to a new file and over the existing one (hole punching), compares digests, verifies, prunes and
 * collects garbage, then deletes everything. The wrapper script also runs it once per build to
 * record the classes the CLI loads (class-data sharing).
 */
@Command(
    name = "selftest",
    description =
        "Back up, restore and verify a generated disk in a temporary repository under --dir, "
            + "then remove it; reports each check.")
final class SelftestCommand implements Callable<Integer> {
  private static final long DISK = 32L << 20;
  private static final int MIB = 1 << 20;

  @Option(names = "--dir", description = "Where to work (default: the temporary directory).")
  Path dir;

  @Option(names = "--json", description = "Print machine-readable JSON on stdout.")
  boolean json;

  @Option(names = "--quiet", description = "Print nothing but errors.")
  boolean quiet;

  @Spec CommandLine.Model.CommandSpec spec;

  // Built in call(), not at construction: picocli instantiates every subcommand on every run.
  private ObjectNode report;
  private ArrayNode checks;
  private Path work;

  @Override
  public Integer call() throws IOException {
    report = Output.object();
    checks = report.putArray("checks");
    Path base = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
    work = Files.createTempDirectory(base, "vireo-selftest-");
    boolean ok;
    try {
      ok = runChecks();
    } finally {
      AtomicFiles.deleteTree(work);
    }
    report.put("ok", ok);
    print();
    return ok ? 0 : VireoBackupCli.EXIT_ERROR;
  }

  private boolean runChecks() throws IOException {
    Path repo = work.resolve("repo");
    Path pass = work.resolve("passphrase");
    Path image = work.resolve("disk.img");
    Files.writeString(pass, "selftest-" + System.nanoTime() + "\n");
    generate(image, new Random(1));
    report.put("directIo", directIoWorks());
    report.put("aesGcm", Sealer.encryptionImplementation());
    String[] r = {"--repo", repo.toString(), "--passphrase-file", pass.toString(), "--quiet"};
    boolean ok = step("init encrypted repository", join(new String[] {"init", "--encrypt"}, r));
    ok &= step("full backup", join(backup("image", image), r));
    Path extents = work.resolve("changed.extents");
    change(image, extents);
    ok &= step("incremental backup from an extent list", incremental(image, extents, r));
    String point = ok ? newestPoint(r) : "";
    String imageSha = sha256(image);
    Path restored = work.resolve("restored.img");
    for (String what : new String[] {"restore to a new file", "restore over the existing file"}) {
      ok &= step(what, join(restore(point, restored), r));
      boolean same = Files.exists(restored) && imageSha.equals(sha256(restored));
      ok &= record(what + " is byte-identical", same, "");
    }
    ok &= step("verify all chunks", join(new String[] {"verify"}, r));
    ok &= agentRoundTrip(r);
    ok &= step("prune to the newest point", join(new String[] {"prune", "--keep-last", "1"}, r));
    ok &= step("garbage collection", join(new String[] {"gc"}, r));
    return ok;
  }

  /**
   * Starts an agent on a socket under the work directory, runs {@code list --json} through it and
   * compares the answer with the same command run here. (The wrapper's class list for class-data
   * sharing thereby also holds the classes of a command line that talks to an agent.)
   */
  private boolean agentRoundTrip(String[] r) throws IOException {
    String name = "a command run by the agent gives the same output";
    Path socket = work.resolve("agent").resolve("agent.sock");
    String[] list = join(new String[] {"list", "--json"}, r);
    StringWriter local = new StringWriter();
    run(list, local, new StringWriter());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OptionalInt exit;
    try (AgentServer server =
        new AgentServer(
            socket,
            Duration.ZERO,
            Duration.ZERO,
            new PrintStream(OutputStream.nullOutputStream()))) {
      Thread t = new Thread(server::serve, "vireo-selftest-agent");
      t.setDaemon(true);
      t.start();
      exit =
          AgentClient.run(
              socket, list, Path.of("").toAbsolutePath().toString(), Map.of(), out, err);
    } catch (BackupException e) {
      // e.g. a --dir whose path is too long for a socket: not a fault of the engine
      return record(name, true, "skipped: " + e.getMessage());
    }
    String got = out.toString(StandardCharsets.UTF_8);
    boolean same = exit.isPresent() && exit.getAsInt() == 0 && got.equals(local.toString());
    return record(
        name,
        same,
        same ? "" : "exit " + exit + ", stderr: " + err.toString(StandardCharsets.UTF_8).trim());
  }

  private static String[] backup(String kind, Path image) {
    return new String[] {"backup", kind, "--vm", "selftest", "--disk", "d0=" + image};
  }

  private static String[] incremental(Path image, Path extents, String[] r) {
    String[] b = backup("extents", image);
    return join(join(b, new String[] {"--extents", "d0=" + extents}), r);
  }

  private static String[] restore(String point, Path out) {
    return new String[] {"restore", "--point", point, "--disk", "d0", "--output", out.toString()};
  }

  private String newestPoint(String[] r) throws IOException {
    StringWriter out = new StringWriter();
    run(join(new String[] {"list", "--json"}, r), out, new StringWriter());
    JsonNode points = Output.parse(out.toString());
    return points.get(points.size() - 1).get("point").asText();
  }

  private boolean step(String name, String[] args) {
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int exit = run(args, new StringWriter(), err);
    ObjectNode c = checks.addObject().put("check", name).put("ok", exit == 0);
    c.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
    if (exit != 0) {
      c.put("detail", err.toString().trim());
    }
    return exit == 0;
  }

  private boolean record(String name, boolean ok, String detail) {
    ObjectNode c = checks.addObject().put("check", name).put("ok", ok);
    if (!detail.isEmpty()) {
      c.put("detail", detail);
    }
    return ok;
  }

  private static int run(String[] args, StringWriter out, StringWriter err) {
    CommandLine cl = VireoBackupCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static String[] join(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  /** Random, text, written zeros, a duplicate and holes. */
  private static void generate(Path image, Random rnd) throws IOException {
    byte[] random = new byte[4 * MIB];
    rnd.nextBytes(random);
    byte[] text = "vireo selftest log line 0123456789\n".repeat(4 * MIB / 35 + 1).getBytes();
    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      f.setLength(DISK);
      f.seek(MIB);
      f.write(random);
      f.seek(8L * MIB);
      f.write(text, 0, 4 * MIB);
      f.seek(14L * MIB);
      f.write(new byte[2 * MIB]);
      f.seek(20L * MIB + 4096);
      f.write(random);
    }
  }

  /** Overwrites 1 MiB and records it as the changed extent. */
  private static void change(Path image, Path extents) throws IOException {
    byte[] b = new byte[MIB];
    new Random(2).nextBytes(b);
    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      f.seek(9L * MIB + 512);
      f.write(b);
    }
    Files.writeString(extents, (9L * MIB + 512) + " " + MIB + "\n");
  }

  private boolean directIoWorks() throws IOException {
    Path probe = work.resolve("direct-probe");
    try (DirectWriter w =
        DirectWriter.open(probe, 4096, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      w.write(0, new byte[4096], 0, 4096);
      w.force();
      return w.direct();
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = Hashing.sha256();
      byte[] buf = new byte[MIB];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
      return Hashing.hex(md.digest());
    }
  }

  private void print() {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Output.json(out, report);
    } else if (!quiet) {
      out.println("direct I/O: " + (report.get("directIo").asBoolean() ? "yes" : "no (buffered)"));
      out.println("AES-GCM: " + report.get("aesGcm").asText());
      for (JsonNode c : checks) {
        String detail = c.has("detail") ? " — " + c.get("detail").asText() : "";
        out.println(
            (c.get("ok").asBoolean() ? "ok    " : "FAILED")
                + " "
                + c.get("check").asText()
                + detail);
      }
      out.println(report.get("ok").asBoolean() ? "selftest passed" : "selftest FAILED");
    }
    out.flush();
  }
}
