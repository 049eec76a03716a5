package dev.vireo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vireo.server.it.ApiClient.Reply;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Jobs over HTTP: submit, follow, history, cancel, restart, and bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobsApiIT {
  private static final String WAIT = "Diagnostics.Wait";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private ApiClient admin() {
    return ApiClient.anonymous(url).admin();
  }

  private static Map<String, Object> waitJob(int steps, int stepMillis) {
    return Map.of("type", WAIT, "parameters", Map.of("steps", steps, "stepMillis", stepMillis));
  }

  private static String path(Reply job) {
    return "api/v1/jobs/" + job.body().path("id").asText();
  }

  /** Polls the job until {@code condition} holds; fails after 60 s. */
  static JsonNode await(ApiClient api, String path, Predicate<JsonNode> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      Reply r = api.get(path);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      last = r.body();
      if (condition.test(last)) {
        return last;
      }
      sleep(150);
    }
    throw new AssertionError("Timed out waiting on " + path + "; last state: " + last);
  }

  static Predicate<JsonNode> status(String s) {
    return j -> j.path("status").asText().equals(s);
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long count(String query) {
    Reply r = admin().get("api/v1/jobs?" + query);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.body().path("total").asLong();
  }

  private ApiClient plainUser() {
    String name = "jobs-" + UUID.randomUUID().toString().substring(0, 8);
    Reply u = admin().post("api/v1/users", Map.of("name", name, "password", "Str0ng-Passw0rd"));
    assertThat(u.status()).as(u.toString()).isEqualTo(201);
    return ApiClient.anonymous(url).basic(name, "Str0ng-Passw0rd");
  }

  @Test
  void submit_answers202WithLocation_andTheJobCompletesWithItsSteps() {
    Reply r = admin().post("api/v1/jobs", waitJob(3, 200));
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    String id = r.body().path("id").asText();
    assertThat(r.header("Location")).endsWith("/api/v1/jobs/" + id);
    assertThat(r.body().path("status").asText()).isIn("QUEUED", "RUNNING");
    assertThat(r.body().path("name").asText()).isEqualTo("Diagnostic wait: 3 steps of 200 ms");
    assertThat(r.body().path("owner").path("name").asText()).isEqualTo("administrator");
    assertThat(r.body().path("steps")).hasSize(3);

    JsonNode done = await(admin(), path(r), status("COMPLETED"));
    assertThat(done.path("percentComplete").asInt()).isEqualTo(100);
    assertThat(done.path("startedAt").asText()).isNotEmpty();
    assertThat(done.path("endedAt").asText()).isNotEmpty();
    assertThat(done.path("result").asText()).startsWith("Waited 3 of 3 steps");
    assertThat(done.path("lastCompletedStep").asInt()).isEqualTo(3);
    for (JsonNode step : done.path("steps")) {
      assertThat(step.path("status").asText()).isEqualTo("COMPLETED");
      assertThat(step.path("percentComplete").asInt()).isEqualTo(100);
      assertThat(step.path("endedAt").asText()).isNotEmpty();
    }
    assertThat(done.path("steps").get(0).path("name").asText()).isEqualTo("Wait 1 of 3");
  }

  @Test
  void progress_isVisibleWhileTheJobRuns() {
    Reply r = admin().post("api/v1/jobs", waitJob(4, 800));
    JsonNode midway =
        await(
            admin(),
            path(r),
            j ->
                j.path("percentComplete").asInt() > 0
                    && j.path("status").asText().equals("RUNNING"));
    assertThat(midway.path("percentComplete").asInt()).isBetween(1, 99);
    assertThat(midway.path("steps").get(0).path("status").asText()).isIn("RUNNING", "COMPLETED");
    await(admin(), path(r), status("COMPLETED"));
  }

  @Test
  void unknownJobType_isRejected_andNoJobIsCreated() {
    Reply r = admin().post("api/v1/jobs", Map.of("type", "No.Such.Type", "parameters", Map.of()));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().path("code").asText()).isEqualTo("JOB_TYPE_UNKNOWN");
    assertThat(count("type=No.Such.Type")).isZero();
  }

  @Test
  void stepsOutOfRange_isRejectedWithTheField_andNoJobIsCreated() {
    long before = count("type=" + WAIT);
    Reply r = admin().post("api/v1/jobs", waitJob(101, 10));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("code").asText()).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("parameters.steps");
    Reply tooLong = admin().post("api/v1/jobs", waitJob(1, 60001));
    assertThat(tooLong.body().path("errors").get(0).path("field").asText())
        .isEqualTo("parameters.stepMillis");
    Reply nested =
        admin().post("api/v1/jobs", Map.of("type", WAIT, "parameters", Map.of("steps", Map.of())));
    assertThat(nested.status()).isEqualTo(400);
    assertThat(nested.body().path("code").asText()).isEqualTo("JOB_PARAMETERS_INVALID");
    assertThat(admin().post("api/v1/jobs", null).status()).isEqualTo(400);
    assertThat(count("type=" + WAIT)).isEqualTo(before);
  }

  @Test
  void nonAdministrator_cannotRunTheDiagnostic_andNoJobIsCreated() {
    long before = count("type=" + WAIT);
    Reply r = plainUser().post("api/v1/jobs", waitJob(1, 10));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body().path("code").asText()).isEqualTo("FORBIDDEN");
    assertThat(count("type=" + WAIT)).isEqualTo(before);
  }

  @Test
  void usersSeeOnlyTheirOwnJobs_administratorsSeeAll() {
    Reply mine = admin().post("api/v1/jobs", waitJob(1, 10));
    ApiClient plain = plainUser();
    assertThat(plain.get("api/v1/jobs").body().path("total").asLong()).isZero();
    Reply other = plain.get(path(mine));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.body().path("code").asText()).isEqualTo("JOB_NOT_FOUND");
    assertThat(plain.post(path(mine) + "/actions/cancel", null).status()).isEqualTo(404);
    assertThat(count("owner=administrator")).isPositive();
  }

  @Test
  void unknownJobId_isNotFound() {
    Reply r = admin().get("api/v1/jobs/" + UUID.randomUUID());
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().path("code").asText()).isEqualTo("JOB_NOT_FOUND");
  }

  @Test
  void cancel_ofARunningJob_endsItCancelled_beforeItsRemainingSteps() {
    Reply r = admin().post("api/v1/jobs", waitJob(20, 1000));
    await(admin(), path(r), status("RUNNING"));
    Reply c = admin().post(path(r) + "/actions/cancel", null);
    assertThat(c.status()).as(c.toString()).isIn(200, 202);
    JsonNode cancelled = await(admin(), path(r), status("CANCELLED"));
    assertThat(cancelled.path("cancelRequested").asBoolean()).isTrue();
    assertThat(cancelled.path("steps").get(19).path("status").asText()).isEqualTo("PENDING");
    assertThat(cancelled.path("endedAt").asText()).isNotEmpty();
  }

  @Test
  void jobsWithTheSameLockKey_runOneAfterTheOther_andAQueuedJobCancelsAtOnce() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> params = Map.of("steps", 30, "stepMillis", 1000, "lockKey", key);
    Reply first = admin().post("api/v1/jobs", Map.of("type", WAIT, "parameters", params));
    Reply second = admin().post("api/v1/jobs", Map.of("type", WAIT, "parameters", params));
    assertThat(second.body().path("lockKeys").get(0).asText()).isEqualTo("diagnostics:" + key);
    await(admin(), path(first), status("RUNNING"));
    sleep(2500);
    assertThat(admin().get(path(second)).body().path("status").asText()).isEqualTo("QUEUED");

    Reply c = admin().post(path(second) + "/actions/cancel", null);
    assertThat(c.status()).isEqualTo(200);
    assertThat(c.body().path("status").asText()).isEqualTo("CANCELLED");
    assertThat(c.body().has("startedAt")).isFalse();
    admin().post(path(first) + "/actions/cancel", null);
    await(admin(), path(first), status("CANCELLED"));
  }

  @Test
  void cancel_ofAFinishedJob_isAConflict() {
    Reply r = admin().post("api/v1/jobs", waitJob(1, 10));
    await(admin(), path(r), status("COMPLETED"));
    Reply c = admin().post(path(r) + "/actions/cancel", null);
    assertThat(c.status()).isEqualTo(409);
    assertThat(c.body().path("code").asText()).isEqualTo("JOB_ALREADY_FINISHED");
  }

  @Test
  void restart_ofACompletedJob_isAConflict() {
    Reply r = admin().post("api/v1/jobs", waitJob(1, 10));
    await(admin(), path(r), status("COMPLETED"));
    Reply again = admin().post(path(r) + "/actions/restart", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("code").asText()).isEqualTo("JOB_NOT_RESTARTABLE");
  }

  @Test
  void restart_ofACancelledJob_queuesALinkedJob_thatSkipsTheCompletedSteps() {
    Reply r = admin().post("api/v1/jobs", waitJob(6, 700));
    await(admin(), path(r), j -> j.path("lastCompletedStep").asInt() >= 1);
    admin().post(path(r) + "/actions/cancel", null);
    JsonNode cancelled = await(admin(), path(r), status("CANCELLED"));
    int done = cancelled.path("lastCompletedStep").asInt();
    assertThat(done).isBetween(1, 5);

    Reply restarted = admin().post(path(r) + "/actions/restart", null);
    assertThat(restarted.status()).as(restarted.toString()).isEqualTo(202);
    String newId = restarted.body().path("id").asText();
    assertThat(newId).isNotEqualTo(cancelled.path("id").asText());
    assertThat(restarted.header("Location")).endsWith("/api/v1/jobs/" + newId);
    assertThat(restarted.body().path("restartOf").asText())
        .isEqualTo(cancelled.path("id").asText());
    JsonNode finished = await(admin(), path(restarted), status("COMPLETED"));
    for (int i = 0; i < 6; i++) {
      assertThat(finished.path("steps").get(i).path("status").asText())
          .isEqualTo(i < done ? "SKIPPED" : "COMPLETED");
    }
    assertThat(finished.path("result").asText())
        .isEqualTo(
            "Waited "
                + (6 - done)
                + " of 6 steps of 700 ms; "
                + done
                + " were done by the job this one restarts");
  }

  @Test
  void history_filtersByStatusTypeOwnerTargetAndTime() {
    String target = UUID.randomUUID().toString();
    Instant before = Instant.now().minusSeconds(1);
    Reply r =
        admin()
            .post(
                "api/v1/jobs",
                Map.of(
                    "type", WAIT,
                    "parameters", Map.of("steps", 1, "stepMillis", 10),
                    "target", Map.of("type", "diagnostic-target", "id", target, "name", "Probe")));
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    assertThat(r.body().path("target").path("name").asText()).isEqualTo("Probe");
    await(admin(), path(r), status("COMPLETED"));

    JsonNode page = admin().get("api/v1/jobs?targetId=" + target).body();
    assertThat(page.path("total").asInt()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("id").asText())
        .isEqualTo(r.body().path("id").asText());
    assertThat(page.path("items").get(0).path("steps")).isEmpty();
    assertThat(
            count("targetId=" + target + "&status=COMPLETED&type=" + WAIT + "&owner=administrator"))
        .isEqualTo(1);
    assertThat(count("targetId=" + target + "&targetType=diagnostic-target")).isEqualTo(1);
    assertThat(count("targetId=" + target + "&targetType=host")).isZero();
    assertThat(count("targetId=" + target + "&status=FAILED")).isZero();
    assertThat(count("targetId=" + target + "&from=" + before)).isEqualTo(1);
    assertThat(count("targetId=" + target + "&to=" + before)).isZero();
    assertThat(count("targetId=" + target + "&owner=someone-else")).isZero();
  }

  @Test
  void history_isNewestFirst_paged_andRefusesBadFilters() {
    admin().post("api/v1/jobs", waitJob(1, 10));
    admin().post("api/v1/jobs", waitJob(1, 10));
    JsonNode page = admin().get("api/v1/jobs?limit=2").body();
    assertThat(page.path("items")).hasSize(2);
    assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(2);
    String newer = page.path("items").get(0).path("createdAt").asText();
    String older = page.path("items").get(1).path("createdAt").asText();
    assertThat(Instant.parse(newer)).isAfterOrEqualTo(Instant.parse(older));
    assertThat(admin().get("api/v1/jobs?status=Sleeping").status()).isEqualTo(400);
    assertThat(admin().get("api/v1/jobs?from=yesterday").status()).isEqualTo(400);
    assertThat(admin().get("api/v1/jobs?sort=parameters").status()).isEqualTo(400);
    assertThat(admin().get("api/v1/jobs?sort=name&status=completed").status()).isEqualTo(200);
  }

  @Test
  void purgeJobHistory_keepsJobsYoungerThanTheAge_andDeletesFinishedOnes() {
    Reply recent = admin().post("api/v1/jobs", waitJob(1, 10));
    await(admin(), path(recent), status("COMPLETED"));
    Reply keep = purge(1);
    assertThat(keep.status()).as(keep.toString()).isEqualTo(202);
    assertThat(keep.body().path("lockKeys").get(0).asText()).isEqualTo("jobs:history");
    JsonNode kept = await(admin(), path(keep), status("COMPLETED"));
    assertThat(kept.path("result").asText()).startsWith("Deleted 0 jobs");
    assertThat(admin().get(path(recent)).status()).isEqualTo(200);

    Reply running = admin().post("api/v1/jobs", waitJob(30, 1000));
    await(admin(), path(running), status("RUNNING"));
    JsonNode all = await(admin(), path(purge(0)), status("COMPLETED"));
    assertThat(all.path("result").asText())
        .matches("Deleted [1-9][0-9]* jobs that ended before .*");
    assertThat(admin().get(path(recent)).status()).isEqualTo(404);
    assertThat(admin().get(path(keep)).status()).isEqualTo(404);
    assertThat(admin().get(path(running)).status()).isEqualTo(200);
    admin().post(path(running) + "/actions/cancel", null);
    assertThat(purge(-1).status()).isEqualTo(400);
  }

  private Reply purge(int days) {
    return admin()
        .post(
            "api/v1/jobs",
            Map.of("type", "PurgeJobHistory", "parameters", Map.of("olderThanDays", days)));
  }
}
