package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vireo.backup.cli.VireoBackupCli;
import dev.vireo.backup.testing.TestImages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives the CLI in-process as a user would, reading its --json output. */
class CliTest {
  @TempDir Path tmp;
  private final ObjectMapper json = new ObjectMapper();

  record Result(int exit, String out, String err) {}

  Result cli(String... args) {
    CommandLine cl = VireoBackupCli.commandLine(args); // the tree a real run builds
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  JsonNode ok(String... args) throws Exception {
    Result r = cli(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return json.readTree(r.out());
  }

  @Test
  void everyCommand_answersHelp_andAMistypedCommandGetsASuggestion() {
    for (String[] args :
        new String[][] {
          {"--help"},
          {"backup", "image", "--help"},
          {"backup", "extents", "--help"},
          {"restore", "--help"},
          {"gc", "-h"}
        }) {
      Result r = cli(args);
      assertThat(r.exit()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).startsWith("Usage: vireo-backup");
    }
    Result typo = cli("bakup", "image");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err())
        .contains("Unmatched argument")
        .contains("Did you mean: vireo-backup backup");
  }

  @Test
  void cli_initBackupListRestoreVerifyPruneGcStats_roundTrip() throws Exception {
    Path img = tmp.resolve("d.img");
    TestImages.create(img, 8L << 20, 21);
    String repo = tmp.resolve("repo").toString();
    ok("init", "--repo", repo, "--json", "--pack-size", "1M");
    JsonNode full =
        ok(
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
    assertThat(full.get("kind").asText()).isEqualTo("FULL");
    String fullSha = TestImages.sha256(img);
    var changed = TestImages.clusteredChurn(img, 2, 65536, new Random(1));
    Path ex = tmp.resolve("d0.extents");
    StringBuilder sb = new StringBuilder("# offset length\n");
    changed.forEach(e -> sb.append(e.offset()).append(' ').append(e.length()).append('\n'));
    Files.writeString(ex, sb);
    JsonNode inc =
        ok(
            "backup",
            "extents",
            "--repo",
            repo,
            "--vm",
            "vm1",
            "--disk",
            "d0=" + img,
            "--extents",
            "d0=" + ex,
            "--json",
            "--quiet",
            "--bwlimit",
            "100M");
    assertThat(inc.get("kind").asText()).isEqualTo("INCREMENTAL");
    assertThat(inc.get("bytesRead").asLong()).isLessThanOrEqualTo(4 * 65536);
    JsonNode list = ok("list", "--repo", repo, "--json");
    assertThat(list).hasSize(2);
    Path out = tmp.resolve("restored");
    ok(
        "restore",
        "--repo",
        repo,
        "--point",
        full.get("point").asText(),
        "--target",
        out.toString(),
        "--json",
        "--quiet");
    assertThat(TestImages.sha256(out.resolve("d0.img"))).isEqualTo(fullSha);
    ok(
        "restore",
        "--repo",
        repo,
        "--point",
        inc.get("point").asText(),
        "--disk",
        "d0",
        "--output",
        out.resolve("d0.img").toString(),
        "--json",
        "--quiet");
    assertThat(TestImages.sha256(out.resolve("d0.img"))).isEqualTo(TestImages.sha256(img));
    assertThat(ok("verify", "--repo", repo, "--json", "--quiet").get("clean").asBoolean()).isTrue();
    JsonNode pruned = ok("prune", "--repo", repo, "--keep-last", "1", "--json");
    assertThat(pruned.get("removed")).hasSize(1);
    ok("gc", "--repo", repo, "--grace", "PT0S", "--json");
    JsonNode stats = ok("stats", "--repo", repo, "--json");
    assertThat(stats.get("points").asInt()).isEqualTo(1);
  }

  @Test
  void cli_missingRepository_printsPreciseErrorCode() {
    Result r = cli("list", "--repo", tmp.resolve("none").toString(), "--json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("REPOSITORY_NOT_FOUND");
    assertThat(r.err()).contains("error REPOSITORY_NOT_FOUND");
  }

  @Test
  void cli_verifyOfDamagedRepository_exitsWith3() throws Exception {
    Path img = tmp.resolve("d.img");
    TestImages.create(img, 4L << 20, 22);
    String repo = tmp.resolve("repo").toString();
    ok("init", "--repo", repo, "--json");
    ok(
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
    try (var s = Files.walk(tmp.resolve("repo").resolve("packs"))) {
      Files.delete(s.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow());
    }
    Result r = cli("verify", "--repo", repo, "--json", "--quiet");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(json.readTree(r.out()).get("missingChunks").size()).isPositive();
    assertThat(ok("list", "--repo", repo, "--json").get(0).get("damaged").asBoolean()).isTrue();
  }

  @Test
  void selftest_passesEveryCheck_andLeavesNothingBehind() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("selftest"));
    JsonNode report = ok("selftest", "--dir", dir.toString(), "--json");
    assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
    assertThat(report.get("checks")).hasSizeGreaterThanOrEqualTo(10);
    report
        .get("checks")
        .forEach(c -> assertThat(c.get("ok").asBoolean()).as(c.toString()).isTrue());
    assertThat(report.get("directIo").asBoolean()).isTrue();
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  /** zstd-jni unpacks its native code into java.io.tmpdir; a run where it cannot says so. */
  @Test
  void init_whereZstdCannotUnpackItsNativeCode_failsWithWhatToDo_andWritesNothing()
      throws Exception {
    Path unusableTmp = tmp.resolve("no-such-directory");
    Path repo = tmp.resolve("repo");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + unusableTmp,
                "-cp",
                System.getProperty("java.class.path"),
                VireoBackupCli.class.getName(),
                "init",
                "--repo",
                repo.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(1);
    assertThat(err)
        .contains("NATIVE_LIBRARY_UNAVAILABLE")
        .contains("java.io.tmpdir (" + unusableTmp + ")")
        .contains("-Djava.io.tmpdir=")
        .doesNotContain("\tat ");
    assertThat(repo).doesNotExist();
  }
}
