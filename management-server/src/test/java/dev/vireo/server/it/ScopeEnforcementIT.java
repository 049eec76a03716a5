package dev.vireo.server.it;

import static dev.vireo.server.it.InventoryFixture.ROOT;
import static dev.vireo.server.it.InventoryFixture.hostBody;
import static dev.vireo.server.it.InventoryFixture.json;
import static dev.vireo.server.it.InventoryFixture.unique;
import static dev.vireo.server.it.InventoryFixture.vmBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vireo.server.it.ApiClient.Reply;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each user-role profile against the same fabric: what its members see (list totals count only what
 * is in scope) and what they may change (403 inside sight, 404 outside it).
 *
 * <pre>
 * All Hosts ─ A ─ A1 ─ hostA1 ─ vmA (cloud CA)
 *           └ B ─ hostB ─ vmB (cloud CB)
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeEnforcementIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private InventoryFixture fx;
  private String a;
  private String a1;
  private String b;
  private String runAs;
  private String hostA1;
  private String hostB;
  private String cloudA;
  private String cloudB;
  private String vmA;
  private String vmB;

  private ApiClient admin() {
    return ApiClient.anonymous(url).admin();
  }

  @BeforeEach
  void fabric() {
    fx = new InventoryFixture(admin());
    runAs = fx.runAs();
    a = fx.group(ROOT);
    a1 = fx.group(a);
    b = fx.group(ROOT);
    hostA1 = fx.host(a1, runAs);
    hostB = fx.host(b, runAs);
    admin().post("api/v1/hosts/" + hostA1 + "/actions/maintenance-off", null);
    cloudA = fx.cloud(List.of(a), json("maxVms", 3));
    cloudB = fx.cloud(List.of(b), json());
    vmA = fx.vm(hostA1, cloudA);
    vmB = fx.vm(hostB, cloudB);
  }

  private ApiClient user(String profile, List<String> groups, List<String> clouds) {
    return fx.userInRole(ApiClient.anonymous(url), profile, groups, clouds);
  }

  private static int total(Reply r) {
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.body().path("total").asInt();
  }

  private static void assertStatus(Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.body().path("code").asText()).as(r.toString()).isEqualTo(code);
  }

  /** JSON-B leaves out null fields, so "no value" is a missing or a null node. */
  private static boolean absent(JsonNode n) {
    return n.isMissingNode() || n.isNull();
  }

  @Test
  void administrator_seesAndChangesEverything() {
    assertThat(total(admin().get("api/v1/host-groups?parentId=" + a))).isEqualTo(1);
    assertThat(admin().get("api/v1/vms/" + vmB).status()).isEqualTo(200);
    assertThat(total(admin().get("api/v1/vms?hostGroupId=" + b))).isEqualTo(1);
  }

  @Test
  void fabricAdministrator_readsAndWritesOnlyItsHostGroupSubtree() {
    ApiClient fab = user("FABRIC_ADMINISTRATOR", List.of(a), List.of());
    assertThat(total(fab.get("api/v1/host-groups"))).isEqualTo(2);
    assertThat(total(fab.get("api/v1/hosts"))).isEqualTo(1);
    assertThat(total(fab.get("api/v1/vms"))).isEqualTo(1);
    assertThat(total(fab.get("api/v1/clouds"))).isZero();
    assertStatus(fab.get("api/v1/host-groups/" + b), 404, "INVENTORY_HOST_GROUP_NOT_FOUND");
    assertStatus(fab.get("api/v1/host-groups/" + ROOT), 404, "INVENTORY_HOST_GROUP_NOT_FOUND");
    assertStatus(fab.get("api/v1/hosts/" + hostB), 404, "INVENTORY_HOST_NOT_FOUND");
    assertStatus(fab.get("api/v1/vms/" + vmB), 404, "INVENTORY_VM_NOT_FOUND");
    assertThat(total(fab.get("api/v1/vms?hostGroupId=" + b))).isZero();
    assertThat(fab.post("api/v1/host-groups", json("name", unique("sub"), "parentId", a1)).status())
        .isEqualTo(201);
    assertStatus(
        fab.post("api/v1/host-groups", json("name", unique("sub"), "parentId", b)),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    assertThat(fab.post("api/v1/hosts", hostBody(unique("kvm"), a1, runAs)).status())
        .isEqualTo(201);
    Reply vm = fab.get("api/v1/vms/" + vmA);
    assertThat(
            fab.patch(
                    "api/v1/vms/" + vmA, json("description", "changed by fabric admin"), vm.etag())
                .status())
        .isEqualTo(200);
    Reply hb = admin().get("api/v1/hosts/" + hostB);
    assertStatus(
        fab.patch("api/v1/hosts/" + hostB, json("address", "10.9.9.9"), hb.etag()),
        404,
        "INVENTORY_HOST_NOT_FOUND");
    assertThat(admin().get("api/v1/hosts/" + hostB).body().path("address").asText())
        .isNotEqualTo("10.9.9.9");
    assertStatus(
        fab.post("api/v1/library-servers", json("name", unique("lib"), "address", "x.example")),
        403,
        "FORBIDDEN");
    assertThat(fab.get("api/v1/library-servers").status()).isEqualTo(200);
  }

  @Test
  void fabricAdministrator_withACloudInScope_changesItsQuota_butNotItsScope() {
    ApiClient fab = user("FABRIC_ADMINISTRATOR", List.of(a), List.of(cloudA));
    assertThat(total(fab.get("api/v1/clouds"))).isEqualTo(1);
    Reply c = fab.get("api/v1/clouds/" + cloudA);
    Reply q = fab.patch("api/v1/clouds/" + cloudA, json("quota", json("maxVms", 5)), c.etag());
    assertThat(q.status()).as(q.toString()).isEqualTo(200);
    assertStatus(
        fab.patch("api/v1/clouds/" + cloudA, json("hostGroupIds", List.of(a1)), q.etag()),
        403,
        "FORBIDDEN");
    assertStatus(fab.get("api/v1/clouds/" + cloudB), 404, "INVENTORY_CLOUD_NOT_FOUND");
    assertStatus(fab.delete("api/v1/clouds/" + cloudA, q.etag()), 403, "INVENTORY_ACCESS_DENIED");
  }

  @Test
  void readOnlyAdministrator_readsItsScope_andMayChangeNothing() {
    ApiClient ro = user("READ_ONLY_ADMINISTRATOR", List.of(a), List.of(cloudB));
    assertThat(total(ro.get("api/v1/host-groups"))).isEqualTo(2);
    assertThat(total(ro.get("api/v1/hosts"))).isEqualTo(1);
    assertThat(total(ro.get("api/v1/vms"))).isEqualTo(2);
    assertThat(total(ro.get("api/v1/clouds"))).isEqualTo(1);
    Reply vm = ro.get("api/v1/vms/" + vmA);
    assertStatus(
        ro.patch("api/v1/vms/" + vmA, json("description", "nope"), vm.etag()),
        403,
        "INVENTORY_ACCESS_DENIED");
    Reply vmb = ro.get("api/v1/vms/" + vmB);
    assertThat(vmb.status()).isEqualTo(200);
    assertStatus(ro.delete("api/v1/vms/" + vmB, vmb.etag()), 403, "INVENTORY_ACCESS_DENIED");
    Reply g = ro.get("api/v1/host-groups/" + a1);
    assertStatus(
        ro.patch("api/v1/host-groups/" + a1, json("name", unique("x")), g.etag()),
        403,
        "INVENTORY_ACCESS_DENIED");
    assertStatus(
        ro.post("api/v1/host-groups", json("name", unique("x"), "parentId", a)),
        403,
        "INVENTORY_ACCESS_DENIED");
    assertStatus(
        ro.post("api/v1/hosts", hostBody(unique("kvm"), a1, runAs)),
        403,
        "INVENTORY_ACCESS_DENIED");
    assertStatus(
        ro.post("api/v1/hosts/" + hostA1 + "/actions/maintenance-on", null),
        403,
        "INVENTORY_ACCESS_DENIED");
    assertStatus(ro.get("api/v1/hosts/" + hostB), 404, "INVENTORY_HOST_NOT_FOUND");
    assertThat(admin().get("api/v1/vms/" + vmA).body().path("description").asText())
        .isNotEqualTo("nope");
  }

  @Test
  void tenantAdministrator_managesAllVmsOfItsClouds_andSeesNoFabric() {
    ApiClient tenant = user("TENANT_ADMINISTRATOR", List.of(), List.of(cloudA));
    assertThat(total(tenant.get("api/v1/host-groups"))).isZero();
    assertThat(total(tenant.get("api/v1/hosts"))).isZero();
    assertThat(total(tenant.get("api/v1/clouds"))).isEqualTo(1);
    assertThat(total(tenant.get("api/v1/vms"))).isEqualTo(1);
    assertStatus(tenant.get("api/v1/hosts/" + hostA1), 404, "INVENTORY_HOST_NOT_FOUND");
    assertStatus(tenant.get("api/v1/vms/" + vmB), 404, "INVENTORY_VM_NOT_FOUND");
    Reply vm = tenant.get("api/v1/vms/" + vmA);
    assertThat(tenant.patch("api/v1/vms/" + vmA, json("memoryMb", 4096), vm.etag()).status())
        .isEqualTo(200);
    Reply placed =
        tenant.post(
            "api/v1/vms", json("name", unique("t"), "cloudId", cloudA, "vcpu", 1, "memoryMb", 512));
    assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
    assertThat(placed.body().path("hostId").asText()).isEqualTo(hostA1);
    assertThat(absent(placed.body().path("ownerUserId"))).isTrue();
    assertStatus(
        tenant.post(
            "api/v1/vms", json("name", unique("t"), "cloudId", cloudB, "vcpu", 1, "memoryMb", 512)),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    assertThat(total(tenant.get("api/v1/vms"))).isEqualTo(2);
    assertThat(total(admin().get("api/v1/vms?cloudId=" + cloudB))).isEqualTo(1);
  }

  @Test
  void applicationAdministrator_seesOnlyItsOwnVms_andStaysWithinQuota() {
    ApiClient app = user("APPLICATION_ADMINISTRATOR", List.of(), List.of(cloudA));
    String me = InventoryFixture.userIdOf(app);
    assertThat(total(app.get("api/v1/clouds"))).isEqualTo(1);
    assertThat(total(app.get("api/v1/vms"))).isZero();
    assertStatus(app.get("api/v1/vms/" + vmA), 404, "INVENTORY_VM_NOT_FOUND");
    Reply mine =
        app.post(
            "api/v1/vms",
            json(
                "name",
                unique("app"),
                "cloudId",
                cloudA,
                "vcpu",
                1,
                "memoryMb",
                512,
                "ownerUserId",
                "someone-else"));
    assertThat(mine.status()).as(mine.toString()).isEqualTo(201);
    assertThat(mine.body().path("ownerUserId").asText()).isEqualTo(me);
    assertThat(total(app.get("api/v1/vms"))).isEqualTo(1);
    Reply second =
        app.post(
            "api/v1/vms",
            json("name", unique("app"), "cloudId", cloudA, "vcpu", 1, "memoryMb", 512));
    assertThat(second.status()).isEqualTo(201);
    assertStatus(
        app.post(
            "api/v1/vms",
            json("name", unique("app"), "cloudId", cloudA, "vcpu", 1, "memoryMb", 512)),
        422,
        "INVENTORY_QUOTA_EXCEEDED");
    assertThat(total(app.get("api/v1/vms"))).isEqualTo(2);
    String id = mine.body().path("id").asText();
    assertThat(app.patch("api/v1/vms/" + id, json("description", "mine"), mine.etag()).status())
        .isEqualTo(200);
    assertStatus(
        app.post("api/v1/vms", vmBody(unique("app"), hostB, cloudB, 1, 512, 1)),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    assertStatus(
        app.post("api/v1/hosts", hostBody(unique("kvm"), a, runAs)),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    assertThat(app.get("api/v1/vm-templates").status()).isEqualTo(200);
  }

  /** A waiting diagnostics job on {@code type}/{@code id}, submitted by the administrator. */
  private String jobOn(String type, String id, int steps) {
    Reply r =
        admin()
            .post(
                "api/v1/jobs",
                java.util.Map.of(
                    "type",
                    "Diagnostics.Wait",
                    "parameters",
                    java.util.Map.of("steps", steps, "stepMillis", 200),
                    "target",
                    java.util.Map.of("type", type, "id", id, "name", type + " " + id)));
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    return r.body().path("id").asText();
  }

  @Test
  void delegatedAdministrators_seeTheJobsOnObjectsInTheirScope_andCancelOnlyWithWriteScope() {
    String onA1 = jobOn("host", hostA1, 100);
    String onB = jobOn("host", hostB, 1);
    String onVmA = jobOn("vm", vmA, 1);
    ApiClient fabricA = user("FABRIC_ADMINISTRATOR", List.of(a), List.of());
    ApiClient readOnlyA = user("READ_ONLY_ADMINISTRATOR", List.of(a), List.of());
    ApiClient tenantA = user("TENANT_ADMINISTRATOR", List.of(), List.of(cloudA));

    assertThat(total(fabricA.get("api/v1/jobs?targetId=" + hostA1))).isEqualTo(1);
    assertThat(total(fabricA.get("api/v1/jobs?targetId=" + vmA))).isEqualTo(1);
    assertThat(total(fabricA.get("api/v1/jobs?targetId=" + hostB))).isZero();
    assertThat(fabricA.get("api/v1/jobs/" + onA1).status()).isEqualTo(200);
    assertStatus(fabricA.get("api/v1/jobs/" + onB), 404, "JOB_NOT_FOUND");
    assertThat(total(readOnlyA.get("api/v1/jobs?targetId=" + hostA1))).isEqualTo(1);
    assertStatus(readOnlyA.get("api/v1/jobs/" + onB), 404, "JOB_NOT_FOUND");
    assertThat(total(tenantA.get("api/v1/jobs?targetId=" + vmA))).isEqualTo(1);
    assertThat(total(tenantA.get("api/v1/jobs?targetId=" + hostA1))).isZero();
    assertThat(tenantA.get("api/v1/jobs/" + onVmA).status()).isEqualTo(200);

    assertStatus(readOnlyA.post("api/v1/jobs/" + onA1 + "/actions/cancel", null), 403, "FORBIDDEN");
    Reply cancelled = fabricA.post("api/v1/jobs/" + onA1 + "/actions/cancel", null);
    assertThat(cancelled.status()).as(cancelled.toString()).isIn(200, 202);
    assertStatus(
        fabricA.post("api/v1/jobs/" + onB + "/actions/cancel", null), 404, "JOB_NOT_FOUND");
  }

  @Test
  void roleScope_mustNameExistingHostGroupsAndClouds() {
    Reply r =
        admin()
            .post(
                "api/v1/user-roles",
                json(
                    "name",
                    unique("role"),
                    "profile",
                    "FABRIC_ADMINISTRATOR",
                    "hostGroupIds",
                    List.of("00000000-0000-0000-0000-0000000000ff"),
                    "cloudIds",
                    List.of("nope"),
                    "memberIds",
                    List.of()));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().path("errors").toString()).contains("hostGroupIds").contains("cloudIds");
  }
}
