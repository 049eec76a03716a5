package dev.vireo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.it.ApiClient.Reply;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

/**
 * The settings registry over HTTP: keys, typed values, .reg export and import, the SQL subkey,
 * OpenAPI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private ApiClient admin() {
    return ApiClient.anonymous(url).admin();
  }

  private String newKey() {
    String path =
        "api/v1/settings/keys/Settings/Tests/K" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(admin().put(path, null, null).status()).isEqualTo(201);
    return path;
  }

  @Test
  void sqlSubkey_recordsTheDatabaseLocation_withoutAPassword() {
    Reply r = admin().get("api/v1/settings/keys/Settings/SQL");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().body())
        .contains("JdbcUrl")
        .contains("Engine")
        .doesNotContain("vireo-test-only");
  }

  @Test
  void typedValues_roundTripThroughJson() {
    String key = newKey();
    String etag = admin().get(key).etag();
    String values = key.replace("/keys/", "/values/");
    Reply r = admin().put(values + "?name=Limit", Map.of("kind", "DWord", "data", 42), etag);
    assertThat(r.status()).isEqualTo(200);
    r =
        admin()
            .put(
                values + "?name=Paths",
                Map.of("kind", "MultiString", "data", List.of("a", "b")),
                r.etag());
    r =
        admin()
            .put(
                values + "?name=Big",
                Map.of("kind", "QWord", "data", "18446744073709551615"),
                r.etag());
    assertThat(r.status()).isEqualTo(200);
    Reply big = admin().get(values + "?name=Big");
    assertThat(big.body().path("data").asText()).isEqualTo("18446744073709551615");
    assertThat(admin().get(values + "?name=limit").body().path("data").asLong()).isEqualTo(42);
  }

  @Test
  void setValue_withWrongData_isRejected_andNothingChanges() {
    String key = newKey();
    String etag = admin().get(key).etag();
    String values = key.replace("/keys/", "/values/");
    Reply r = admin().put(values + "?name=Limit", Map.of("kind", "DWord", "data", -1), etag);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("errors").get(0).path("field").asText()).isEqualTo("data");
    assertThat(admin().get(key).body().path("values")).isEmpty();
    assertThat(admin().get(key).etag()).isEqualTo(etag);
  }

  @Test
  void setValue_needsTheCurrentEtag() {
    String key = newKey();
    String values = key.replace("/keys/", "/values/");
    Map<String, Object> v = Map.of("kind", "String", "data", "x");
    assertThat(admin().put(values + "?name=A", v, null).status()).isEqualTo(428);
    assertThat(admin().put(values + "?name=A", v, "\"0000\"").status()).isEqualTo(412);
  }

  @Test
  void regExport_thenImport_roundTripsExactly() {
    String key = newKey();
    String regPath = key.substring("api/v1/settings/keys/".length()).replace('/', '\\');
    String values = key.replace("/keys/", "/values/");
    String etag = admin().get(key).etag();
    Reply r =
        admin()
            .put(
                values + "?name=Text",
                Map.of("kind", "ExpandString", "data", "%VIREO_DATA_DIR%\\x \"quoted\" ünïcode"),
                etag);
    admin()
        .put(
            values + "?name=Blob",
            Map.of(
                "kind",
                "Binary",
                "data",
                "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v"),
            r.etag());
    String exported =
        admin().get("api/v1/settings/export?path=" + regPath.replace("\\", "%5C")).raw().body();
    assertThat(exported).startsWith("Windows Registry Editor Version 5.00");
    assertThat(admin().delete(key + "?recursive=true", admin().get(key).etag()).status())
        .isEqualTo(204);
    Reply imported =
        admin().sendRaw("POST", "api/v1/settings/import", "text/plain; charset=UTF-8", exported);
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.body().path("valuesSet").asInt()).isEqualTo(2);
    String again =
        admin().get("api/v1/settings/export?path=" + regPath.replace("\\", "%5C")).raw().body();
    assertThat(again.getBytes(StandardCharsets.UTF_8))
        .isEqualTo(exported.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void regImport_withAnError_appliesNothing_andNamesTheLine() {
    String name = "K" + UUID.randomUUID().toString().substring(0, 8);
    String doc =
        "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Vireo\\Settings\\Tests\\"
            + name
            + "]\r\n\"Good\"=dword:00000001\r\n\"Bad\"=dword:zz\r\n";
    Reply r = admin().sendRaw("POST", "api/v1/settings/import", "text/plain", doc);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("code").asText()).isEqualTo("SETTINGS_REG_PARSE_ERROR");
    assertThat(r.raw().body()).contains("line 5");
    assertThat(admin().get("api/v1/settings/keys/Settings/Tests/" + name).status()).isEqualTo(404);
  }

  @Test
  void deleteKey_withValues_needsRecursive() {
    String key = newKey();
    String values = key.replace("/keys/", "/values/");
    Reply r =
        admin()
            .put(
                values + "?name=A", Map.of("kind", "String", "data", "x"), admin().get(key).etag());
    Reply refused = admin().delete(key, r.etag());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().path("code").asText()).isEqualTo("SETTINGS_KEY_NOT_EMPTY");
    assertThat(admin().delete(key + "?recursive=true", r.etag()).status()).isEqualTo(204);
  }

  @Test
  void settings_areForAdministratorsOnly() {
    String name = "plain-" + UUID.randomUUID().toString().substring(0, 8);
    admin().post("api/v1/users", Map.of("name", name, "password", "Str0ng-Passw0rd"));
    Reply r =
        ApiClient.anonymous(url)
            .basic(name, "Str0ng-Passw0rd")
            .get("api/v1/settings/keys/Settings");
    assertThat(r.status()).isEqualTo(403);
  }

  @Test
  void openApiDocument_isServedToSignedInUsersOnly() {
    assertThat(ApiClient.anonymous(url).get("openapi").status()).isEqualTo(401);
    Reply r = admin().get("openapi");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().body()).contains("/settings/keys");
  }
}
