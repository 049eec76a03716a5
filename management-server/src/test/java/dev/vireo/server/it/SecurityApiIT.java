package dev.vireo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.it.ApiClient.Reply;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication, tokens, users, roles, Run As accounts and the audit log, over HTTP. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private ApiClient anon() {
    return ApiClient.anonymous(url);
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void api_rejectsRequestsWithoutCredentials_withProblemDetails() {
    Reply r = anon().get("api/v1/me");
    assertThat(r.status()).isEqualTo(401);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().path("code").asText()).isEqualTo("UNAUTHENTICATED");
    assertThat(r.header("WWW-Authenticate")).contains("Basic");
  }

  @Test
  void api_rejectsWrongPassword_andAuditsTheAttempt() {
    Reply r = anon().basic("administrator", "wrong-password").get("api/v1/me");
    assertThat(r.status()).isEqualTo(401);
    Reply audit = anon().admin().get("api/v1/audit-events?principal=administrator&limit=50");
    assertThat(audit.status()).isEqualTo(200);
    assertThat(audit.body().path("items").toString()).contains("SIGN-IN");
  }

  @Test
  void health_isPublicAndReady() {
    assertThat(anon().get("health/live").status()).isEqualTo(200);
    assertThat(anon().get("health/ready").status()).isEqualTo(200);
  }

  @Test
  void me_describesTheBootstrapAdministrator() {
    Reply r = anon().admin().get("api/v1/me");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().path("name").asText()).isEqualTo("administrator");
    assertThat(r.body().path("administrator").asBoolean()).isTrue();
  }

  @Test
  void token_issuedWithBasic_authenticatesLaterCalls_untilRevoked() {
    Reply t = anon().admin().post("api/v1/tokens", null);
    assertThat(t.status()).isEqualTo(201);
    String token = t.body().path("token").asText();
    assertThat(token).startsWith("vireo_");
    assertThat(anon().bearer(token).get("api/v1/me").status()).isEqualTo(200);
    assertThat(anon().bearer(token).delete("api/v1/tokens/current", null).status()).isEqualTo(204);
    assertThat(anon().bearer(token).get("api/v1/me").status()).isEqualTo(401);
    assertThat(anon().bearer("vireo_forged").get("api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void createUser_withWeakPassword_isRejected_andNothingIsStored() {
    String name = unique("weak");
    Reply r = anon().admin().post("api/v1/users", Map.of("name", name, "password", "short"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("code").asText()).isEqualTo("WEAK_PASSWORD");
    assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("password");
    assertThat(anon().admin().get("api/v1/users?name=" + name).body().path("total").asInt())
        .isZero();
  }

  @Test
  void createUser_withInvalidFields_listsEveryFieldError() {
    Reply r =
        anon()
            .admin()
            .post(
                "api/v1/users",
                Map.of(
                    "name",
                    " bad name!",
                    "displayName",
                    "x".repeat(300),
                    "password",
                    "Str0ng-Passw0rd"));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("code").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(r.body().path("errors")).hasSize(2);
    assertThat(r.raw().body()).doesNotContain("Exception").doesNotContain("at dev.vireo");
  }

  @Test
  void malformedJson_isAnswered400_notWithAStackTrace() {
    Reply r = anon().admin().sendRaw("POST", "api/v1/users", "application/json", "{\"name\": ");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.raw().body()).doesNotContain("Exception");
  }

  @Test
  void unknownPath_isAnswered404WithProblemDetails() {
    Reply r = anon().admin().get("api/v1/no-such-thing");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body().path("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void duplicateUserName_isAConflict() {
    String name = unique("dup");
    Map<String, String> body = Map.of("name", name, "password", "Str0ng-Passw0rd");
    assertThat(anon().admin().post("api/v1/users", body).status()).isEqualTo(201);
    Reply again = anon().admin().post("api/v1/users", body);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().path("code").asText()).isEqualTo("USER_NAME_TAKEN");
  }

  @Test
  void update_needsIfMatch_andRejectsAStaleEtag() {
    Reply created =
        anon()
            .admin()
            .post("api/v1/users", Map.of("name", unique("etag"), "password", "Str0ng-Passw0rd"));
    String path = "api/v1/users/" + created.body().path("id").asText();
    String etag = created.etag();
    assertThat(anon().admin().patch(path, Map.of("displayName", "No etag"), null).status())
        .isEqualTo(428);
    Reply first = anon().admin().patch(path, Map.of("displayName", "First"), etag);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.etag()).isNotEqualTo(etag);
    Reply stale = anon().admin().patch(path, Map.of("displayName", "Second"), etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.body().path("code").asText()).isEqualTo("PRECONDITION_FAILED");
    assertThat(anon().admin().get(path).body().path("displayName").asText()).isEqualTo("First");
  }

  @Test
  void nonAdministrator_cannotManageUsers() {
    String name = unique("plain");
    anon().admin().post("api/v1/users", Map.of("name", name, "password", "Str0ng-Passw0rd"));
    ApiClient plain = anon().basic(name, "Str0ng-Passw0rd");
    assertThat(plain.get("api/v1/me").status()).isEqualTo(200);
    Reply r =
        plain.post("api/v1/users", Map.of("name", unique("x"), "password", "Str0ng-Passw0rd"));
    assertThat(r.status()).isEqualTo(403);
    assertThat(plain.get("api/v1/users").status()).isEqualTo(403);
    assertThat(plain.get("api/v1/audit-events").status()).isEqualTo(403);
  }

  @Test
  void runAsAccount_secretIsNeverReturned() {
    String secret = "S3cret-" + UUID.randomUUID();
    Reply r =
        anon()
            .admin()
            .post(
                "api/v1/run-as-accounts",
                Map.of("name", unique("hostadmin"), "userName", "root", "secret", secret));
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.raw().body()).doesNotContain(secret);
    Reply got = anon().admin().get("api/v1/run-as-accounts/" + r.body().path("id").asText());
    assertThat(got.raw().body()).doesNotContain(secret).doesNotContain("secret");
    assertThat(anon().admin().get("api/v1/run-as-accounts").raw().body()).doesNotContain(secret);
  }

  @Test
  void lastAdministrator_cannotBeDisabled() {
    Reply me = anon().admin().get("api/v1/me");
    String path = "api/v1/users/" + me.body().path("id").asText();
    String etag = anon().admin().get(path).etag();
    Reply r = anon().admin().patch(path, Map.of("enabled", false), etag);
    assertThat(r.status()).isEqualTo(422);
    assertThat(r.body().path("code").asText()).isEqualTo("LAST_ADMINISTRATOR");
  }

  @Test
  void userRole_withUnknownProfile_isRejectedWithTheAllowedValues() {
    Reply r =
        anon()
            .admin()
            .post(
                "api/v1/user-roles",
                Map.of("name", unique("role"), "profile", "SUPERUSER", "memberIds", List.of()));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("errors").get(0).path("message").asText())
        .contains("FABRIC_ADMINISTRATOR");
  }

  @Test
  void mutatingCalls_areAudited() {
    String name = unique("audited");
    anon().admin().post("api/v1/users", Map.of("name", name, "password", "Str0ng-Passw0rd"));
    Reply audit = anon().admin().get("api/v1/audit-events?principal=administrator&limit=200");
    assertThat(audit.body().path("items").toString()).contains("POST /users");
  }
}
