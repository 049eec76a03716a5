package dev.vireo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.backup.testing.PackagedCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/vireo-backup} script with the module's packaged CLI jar (after {@code package}):
 * its class-data archive is made once per jar, covers picocli's Java 5 class files (which a dynamic
 * archive of JDK 17 leaves out), is used by later runs, and a damaged archive or {@code
 * VIREO_CDS=0} never stops the CLI from working.
 */
class CliWrapperIT {
  private static final Path SCRIPT = PackagedCli.SCRIPT;

  @TempDir Path dir;
  private Path jar;

  @BeforeEach
  void copyJar() throws IOException {
    jar = PackagedCli.copyJarTo(dir);
  }

  @Test
  void firstRunMakesOneArchiveThatLaterRunsMapWithPicocliInIt() throws Exception {
    Result first = run(Map.of(), "--version");
    assertThat(first.exit).isZero();
    assertThat(first.out).contains("vireo-backup");
    assertThat(archives()).hasSize(1);
    assertThat(leftovers()).isEmpty();

    Result traced =
        run(
            Map.of("VIREO_JAVA_OPTS", "-XX:+UseSerialGC -Xmx1g -Xlog:class+load=info:stdout"),
            "--version");
    assertThat(traced.exit).isZero();
    assertThat(traced.out)
        .containsPattern("picocli\\.CommandLine source: shared objects file")
        .containsPattern("dev\\.vireo\\.backup\\.cli\\.VireoBackupCli source: shared objects file");
    assertThat(archives()).hasSize(1);
  }

  @Test
  void aDamagedArchiveIsIgnoredAndTheCommandStillRuns() throws Exception {
    assertThat(run(Map.of(), "--version").exit).isZero();
    Path archive = archives().get(0);
    archive.toFile().setWritable(true);
    Files.write(archive, "not an archive".getBytes(StandardCharsets.UTF_8));

    Path repo = dir.resolve("repo");
    Result init = run(Map.of(), "init", "--repo", repo.toString(), "--quiet");
    assertThat(init.exit).as(init.err).isZero();
    Result list = run(Map.of(), "list", "--repo", repo.toString(), "--json");
    assertThat(list.exit).as(list.err).isZero();
    assertThat(list.out.trim()).isEqualTo("[ ]");
    assertThat(list.err).doesNotContain("cds").doesNotContain("Exception");
  }

  @Test
  void withCdsOffNoArchiveIsMade() throws Exception {
    Result r = run(Map.of("VIREO_CDS", "0"), "--version");
    assertThat(r.exit).isZero();
    assertThat(archives()).isEmpty();
  }

  @Test
  void theScriptWorksThroughASymbolicLinkOnThePath() throws Exception {
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("vireo-backup"), SCRIPT);
    // a shell finds it on the PATH, as a user's would (ProcessBuilder searches the parent's PATH)
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "vireo-backup --version");
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.environment().put("VIREO_BACKUP_AGENT", "0");
    pb.environment().put("VIREO_CDS", "0");
    pb.environment().remove("VIREO_BACKUP_JAR"); // the jar is found beside the real script
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("vireo-backup 0.1");
  }

  @Test
  void aRebuiltJarGetsANewArchiveAndTheOldOneIsRemoved() throws Exception {
    assertThat(run(Map.of(), "--version").exit).isZero();
    Path old = archives().get(0);
    Files.setLastModifiedTime(
        jar,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(jar).toMillis() + 60_000));
    assertThat(run(Map.of(), "--version").exit).isZero();
    assertThat(archives()).hasSize(1).doesNotContain(old);
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().contains(".tmp")).toList();
    }
  }

  private record Result(int exit, String out, String err) {}

  private Result run(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = Stream.concat(Stream.of(SCRIPT.toString()), Stream.of(args)).toList();
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("VIREO_BACKUP_JAR", jar.toString());
    pb.environment().remove("VIREO_JAVA_OPTS");
    pb.environment().remove("VIREO_CDS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().put("VIREO_BACKUP_AGENT", "0"); // never an agent the developer runs
    pb.environment().putAll(env);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 120 s").isTrue();
    Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return r;
  }
}
