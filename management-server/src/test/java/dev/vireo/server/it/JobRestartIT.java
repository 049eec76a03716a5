package dev.vireo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vireo.server.it.ApiClient.Reply;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A job survives a real server restart: the test starts Payara Micro itself (the same jar, WAR and
 * options as the Arquillian tests), kills it with SIGKILL while a job runs, starts it again on the
 * same database, and restarts the job through the API. The test manages the process itself rather
 * than through Arquillian's deployer so that it can kill the server the way a crash does (an
 * undeploy stops it in order) and knows the port of each start.
 */
class JobRestartIT {
  private static final Duration STARTUP = Duration.ofSeconds(300);

  @Test
  void aJobRunningWhenTheServerDies_isInterrupted_andItsRestartSkipsTheCompletedSteps()
      throws Exception {
    String key = UUID.randomUUID().toString();
    String jobId;
    String queuedId;
    try (Server first = Server.start(1)) {
      ApiClient api = first.admin();
      Reply r = api.post("api/v1/jobs", wait(6, 1500, key));
      assertThat(r.status()).as(r.toString()).isEqualTo(202);
      jobId = r.body().path("id").asText();
      queuedId = api.post("api/v1/jobs", wait(1, 100, key)).body().path("id").asText();
      JobsApiIT.await(api, "api/v1/jobs/" + jobId, j -> j.path("lastCompletedStep").asInt() >= 2);
      assertThat(api.get("api/v1/jobs/" + queuedId).body().path("status").asText())
          .isEqualTo("QUEUED");
      // The embedded H2 database writes commits to its file up to 500 ms late (WRITE_DELAY), so
      // a crash may lose the very last ones; wait past that so step 2 is surely on disk.
      JobsApiIT.sleep(1000);
      first.kill();
    }
    try (Server second = Server.start(2)) {
      ApiClient api = second.admin();
      JsonNode interrupted = api.get("api/v1/jobs/" + jobId).body();
      assertThat(interrupted.path("status").asText()).isEqualTo("FAILED");
      assertThat(interrupted.path("error").path("code").asText()).isEqualTo("JOB_INTERRUPTED");
      assertThat(interrupted.path("error").path("message").asText())
          .contains("POST /jobs/" + jobId + "/actions/restart");
      int done = interrupted.path("lastCompletedStep").asInt();
      assertThat(done).isBetween(2, 5);
      // The step that ran when the server died failed with it (PENDING only if the kill fell
      // between two steps).
      assertThat(interrupted.path("steps").get(done).path("status").asText())
          .isIn("FAILED", "PENDING");

      JsonNode ranAfterRestart =
          JobsApiIT.await(api, "api/v1/jobs/" + queuedId, JobsApiIT.status("COMPLETED"));
      assertThat(ranAfterRestart.path("restartOf").isMissingNode()).isTrue();

      Reply restart = api.post("api/v1/jobs/" + jobId + "/actions/restart", null);
      assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
      String newPath = URI.create(restart.header("Location")).getPath().substring(1);
      assertThat(restart.body().path("restartOf").asText()).isEqualTo(jobId);
      JsonNode finished = JobsApiIT.await(api, newPath, JobsApiIT.status("COMPLETED"));
      for (int i = 0; i < 6; i++) {
        assertThat(finished.path("steps").get(i).path("status").asText())
            .as("step " + (i + 1))
            .isEqualTo(i < done ? "SKIPPED" : "COMPLETED");
      }
      assertThat(finished.path("result").asText())
          .startsWith("Waited " + (6 - done) + " of 6 steps");
      assertThat(finished.path("percentComplete").asInt()).isEqualTo(100);
    }
  }

  private static Map<String, Object> wait(int steps, int millis, String key) {
    return Map.of(
        "type",
        "Diagnostics.Wait",
        "parameters",
        Map.of("steps", steps, "stepMillis", millis, "lockKey", key));
  }

  /** One Payara Micro process running the WAR, on a free port of its own. */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final URL url;

    private Server(Process process, URL url) {
      this.process = process;
      this.url = url;
    }

    static Server start(int run) throws IOException, InterruptedException {
      int port = freePort();
      List<String> cmd = new ArrayList<>(List.of(javaBinary()));
      for (String opt : System.getProperty("vireo.it.cmdOptions", "").trim().split("\\s+")) {
        if (!opt.isEmpty()) {
          cmd.add(opt);
        }
      }
      cmd.addAll(
          List.of(
              "-jar",
              System.getProperty("payara.microJar", "target/payara-micro.jar"),
              "--deploy",
              System.getProperty("vireo.war", "target/vireo.war"),
              "--contextroot",
              "/",
              "--port",
              Integer.toString(port),
              "--nocluster"));
      Path log = Path.of("target", "job-restart-it-server-" + run + ".log");
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
      if (Boolean.getBoolean("vireo.it.serverOutput")) {
        pb.inheritIO();
      } else {
        pb.redirectOutput(log.toFile());
      }
      Server s = new Server(pb.start(), URI.create("http://127.0.0.1:" + port + "/").toURL());
      s.awaitReady(log);
      return s;
    }

    ApiClient admin() {
      return ApiClient.anonymous(url).admin();
    }

    private void awaitReady(Path log) throws InterruptedException {
      Instant deadline = Instant.now().plus(STARTUP);
      ApiClient anon = ApiClient.anonymous(url);
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new AssertionError("Payara Micro exited early; see " + log.toAbsolutePath());
        }
        try {
          if (anon.get("health/ready").status() == 200) {
            return;
          }
        } catch (IllegalStateException notYetListening) {
          // the port opens late in start-up
        }
        Thread.sleep(500);
      }
      kill();
      throw new AssertionError("Payara Micro not ready in " + STARTUP + "; see " + log);
    }

    /** Stops the server the hard way, as a crash or power loss would. */
    void kill() throws InterruptedException {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        kill();
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket s = new ServerSocket(0)) {
        return s.getLocalPort();
      }
    }

    private static String javaBinary() {
      return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
  }
}
