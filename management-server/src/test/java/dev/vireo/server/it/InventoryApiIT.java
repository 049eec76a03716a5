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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fabric inventory over HTTP as an Administrator: CRUD, paging, errors, placement history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryApiIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private ApiClient admin() {
    return ApiClient.anonymous(url).admin();
  }

  private InventoryFixture fx() {
    return new InventoryFixture(admin());
  }

  private static void assertProblem(Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().path("code").asText()).as(r.toString()).isEqualTo(code);
    assertThat(r.raw().body()).doesNotContain("Exception");
  }

  private static List<String> fields(Reply r) {
    List<String> out = new ArrayList<>();
    r.body().path("errors").forEach(e -> out.add(e.path("field").asText()));
    return out;
  }

  // ---- host groups

  /** JSON-B leaves out null fields, so "no value" is a missing or a null node. */
  private static boolean absent(JsonNode n) {
    return n.isMissingNode() || n.isNull();
  }

  @Test
  void rootHostGroup_existsAndCannotBeDeleted() {
    Reply root = admin().get("api/v1/host-groups/" + ROOT);
    assertThat(root.status()).isEqualTo(200);
    assertThat(root.body().path("name").asText()).isEqualTo("All Hosts");
    assertProblem(
        admin().delete("api/v1/host-groups/" + ROOT, root.etag()),
        422,
        "INVENTORY_ROOT_HOST_GROUP");
  }

  @Test
  void hostGroup_createRenameMove_keepsPathsOfTheSubtree() {
    InventoryFixture fx = fx();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    String a11 = fx.group(a1);
    String b = fx.group(ROOT);
    Reply g = admin().get("api/v1/host-groups/" + a1);
    assertThat(g.etag()).isEqualTo(g.body().path("etag").asText());
    Reply moved =
        admin()
            .patch(
                "api/v1/host-groups/" + a1,
                json("name", "Renamed " + a1.substring(0, 8), "parentId", b),
                g.etag());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.body().path("path").asText()).isEqualTo("/" + ROOT + "/" + b + "/" + a1 + "/");
    assertThat(admin().get("api/v1/host-groups/" + a11).body().path("path").asText())
        .isEqualTo("/" + ROOT + "/" + b + "/" + a1 + "/" + a11 + "/");
    assertThat(admin().get("api/v1/host-groups?parentId=" + a).body().path("total").asInt())
        .isZero();
    assertThat(admin().get("api/v1/host-groups?parentId=" + b).body().path("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void hostGroup_moveIntoItsOwnSubtree_is422_andNothingChanges() {
    InventoryFixture fx = fx();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    Reply g = admin().get("api/v1/host-groups/" + a);
    assertProblem(
        admin().patch("api/v1/host-groups/" + a, json("parentId", a1), g.etag()),
        422,
        "INVENTORY_MOVE_INTO_OWN_SUBTREE");
    Reply after = admin().get("api/v1/host-groups/" + a);
    assertThat(after.body().path("parentId").asText()).isEqualTo(ROOT);
    assertThat(after.etag()).isEqualTo(g.etag());
  }

  @Test
  void hostGroup_duplicateSiblingName_is409_caseInsensitively_andNothingIsStored() {
    String parent = fx().group(ROOT);
    String name = unique("Dup");
    assertThat(admin().post("api/v1/host-groups", json("name", name, "parentId", parent)).status())
        .isEqualTo(201);
    assertProblem(
        admin().post("api/v1/host-groups", json("name", name.toLowerCase(), "parentId", parent)),
        409,
        "INVENTORY_DUPLICATE_NAME");
    assertThat(admin().get("api/v1/host-groups?parentId=" + parent).body().path("total").asInt())
        .isEqualTo(1);
  }

  @Test
  void hostGroup_withInvalidNameAndUnknownParent_isRejectedPrecisely() {
    Reply bad =
        admin()
            .post(
                "api/v1/host-groups",
                json("name", " !bad", "parentId", ROOT, "description", "x".repeat(2000)));
    assertProblem(bad, 400, "VALIDATION_FAILED");
    assertThat(fields(bad)).containsExactlyInAnyOrder("name", "description");
    assertProblem(
        admin().post("api/v1/host-groups", json("name", unique("hg"), "parentId", "no-such-group")),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
  }

  @Test
  void hostGroup_deleteNonEmpty_is422_butRecursiveDeleteRemovesTheSubtreeWithHostsAndVms() {
    InventoryFixture fx = fx();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    String host = fx.host(a1, fx.runAs());
    String vm = fx.vm(host, null);
    Reply g = admin().get("api/v1/host-groups/" + a);
    assertProblem(
        admin().delete("api/v1/host-groups/" + a, g.etag()), 422, "INVENTORY_HOST_GROUP_NOT_EMPTY");
    assertThat(admin().get("api/v1/hosts/" + host).status()).isEqualTo(200);
    assertThat(admin().delete("api/v1/host-groups/" + a + "?recursive=true", g.etag()).status())
        .isEqualTo(204);
    assertProblem(admin().get("api/v1/host-groups/" + a1), 404, "INVENTORY_HOST_GROUP_NOT_FOUND");
    assertProblem(admin().get("api/v1/hosts/" + host), 404, "INVENTORY_HOST_NOT_FOUND");
    assertProblem(admin().get("api/v1/vms/" + vm), 404, "INVENTORY_VM_NOT_FOUND");
  }

  @Test
  void hostGroup_inACloudsScope_cannotBeDeleted() {
    InventoryFixture fx = fx();
    String a = fx.group(ROOT);
    fx.cloud(List.of(a), json());
    Reply g = admin().get("api/v1/host-groups/" + a);
    assertProblem(
        admin().delete("api/v1/host-groups/" + a + "?recursive=true", g.etag()),
        422,
        "INVENTORY_IN_USE");
  }

  // ---- hosts

  @Test
  void host_registerReadUpdateDelete_withEtags() {
    InventoryFixture fx = fx();
    String group = fx.group(ROOT);
    String name = unique("kvm");
    Reply c = admin().post("api/v1/hosts", hostBody(name, group, fx.runAs()));
    assertThat(c.status()).isEqualTo(201);
    String id = c.body().path("id").asText();
    assertThat(c.header("Location")).endsWith("/api/v1/hosts/" + id);
    assertThat(c.body().path("status").asText()).isEqualTo("NEEDS_ATTENTION");
    assertThat(c.body().path("capacity").path("cpuCores").asInt()).isEqualTo(32);
    assertThat(c.raw().body()).doesNotContain("s3cret");
    assertProblem(
        admin().patch("api/v1/hosts/" + id, json("address", "10.0.0.9"), null),
        428,
        "PRECONDITION_REQUIRED");
    Reply u =
        admin()
            .patch(
                "api/v1/hosts/" + id,
                json(
                    "address",
                    "10.0.0.9",
                    "capacity",
                    json("cpuCores", 64, "memoryBytes", 1L, "storageBytes", 2L)),
                c.etag());
    assertThat(u.status()).as(u.toString()).isEqualTo(200);
    assertThat(u.body().path("address").asText()).isEqualTo("10.0.0.9");
    assertThat(u.etag()).isNotEqualTo(c.etag());
    assertProblem(
        admin().patch("api/v1/hosts/" + id, json("address", "10.0.0.10"), c.etag()),
        412,
        "PRECONDITION_FAILED");
    assertThat(admin().get("api/v1/hosts/" + id).body().path("address").asText())
        .isEqualTo("10.0.0.9");
    Reply m =
        admin()
            .post(
                "api/v1/hosts/" + id + "/actions/maintenance-on",
                json("reason", "firmware update"));
    assertThat(m.body().path("status").asText()).isEqualTo("MAINTENANCE");
    assertThat(m.body().path("statusReason").asText()).isEqualTo("firmware update");
    Reply off = admin().post("api/v1/hosts/" + id + "/actions/maintenance-off", null);
    assertThat(off.body().path("status").asText()).isEqualTo("RESPONDING");
    assertProblem(admin().delete("api/v1/hosts/" + id, c.etag()), 412, "PRECONDITION_FAILED");
    assertThat(admin().delete("api/v1/hosts/" + id, off.etag()).status()).isEqualTo(204);
    assertProblem(admin().get("api/v1/hosts/" + id), 404, "INVENTORY_HOST_NOT_FOUND");
  }

  @Test
  void runAsAccount_usedByAHost_isNotDeleted_untilTheHostIsGone() {
    InventoryFixture fx = new InventoryFixture(admin());
    String runAs = fx.runAs();
    String group = fx.group(ROOT);
    String host = fx.host(group, runAs);
    Reply account = admin().get("api/v1/run-as-accounts/" + runAs);
    Reply refused = admin().delete("api/v1/run-as-accounts/" + runAs, account.etag());
    assertProblem(refused, 422, "RUN_AS_IN_USE");
    String hostName = admin().get("api/v1/hosts/" + host).body().path("name").asText();
    assertThat(refused.body().path("detail").asText()).contains("host '" + hostName + "'");
    assertThat(admin().get("api/v1/run-as-accounts/" + runAs).status()).isEqualTo(200);

    Reply h = admin().get("api/v1/hosts/" + host);
    assertThat(admin().delete("api/v1/hosts/" + host, h.etag()).status()).isEqualTo(204);
    assertThat(admin().delete("api/v1/run-as-accounts/" + runAs, account.etag()).status())
        .isEqualTo(204);
  }

  @Test
  void host_withInvalidFields_listsEveryError_andIsNotStored() {
    String name = unique("bad");
    Map<String, Object> body =
        json(
            "name",
            name,
            "address",
            "not an address!",
            "hypervisorKind",
            "KVM",
            "connectionUri",
            "no uri",
            "runAsAccountId",
            "",
            "hostGroupId",
            ROOT,
            "capacity",
            json("cpuCores", 0, "memoryBytes", -1L, "storageBytes", 0L));
    Reply r = admin().post("api/v1/hosts", body);
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertThat(fields(r))
        .containsExactlyInAnyOrder(
            "address",
            "connectionUri",
            "runAsAccountId",
            "capacity.cpuCores",
            "capacity.memoryBytes");
    assertProblem(
        admin().post("api/v1/hosts", json("name", name, "hypervisorKind", "VIRTUALBOX")),
        400,
        "VALIDATION_FAILED");
    assertThat(admin().get("api/v1/hosts?name=" + name).body().path("total").asInt()).isZero();
  }

  @Test
  void host_withUnknownRunAsAccount_is422_andDuplicateName_is409() {
    InventoryFixture fx = fx();
    String group = fx.group(ROOT);
    String name = unique("kvm");
    assertProblem(
        admin().post("api/v1/hosts", hostBody(name, group, "00000000-0000-0000-0000-00000000dead")),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    assertThat(admin().get("api/v1/hosts?name=" + name).body().path("total").asInt()).isZero();
    String runAs = fx.runAs();
    fx.created("api/v1/hosts", hostBody(name, group, runAs));
    assertProblem(
        admin().post("api/v1/hosts", hostBody(name.toUpperCase(), group, runAs)),
        409,
        "INVENTORY_DUPLICATE_NAME");
    assertThat(admin().get("api/v1/hosts?name=" + name).body().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void hosts_filterBySubtreeAndStatus_pageAndSort_withTotals() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    String b = fx.group(ROOT);
    String prefix = unique("pg");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(
          fx.created("api/v1/hosts", hostBody(prefix + "-" + i, i < 3 ? a1 : a, runAs))
              .body()
              .path("id")
              .asText());
    }
    fx.host(b, runAs);
    admin().post("api/v1/hosts/" + ids.get(4) + "/actions/maintenance-on", null);
    Reply page = admin().get("api/v1/hosts?hostGroupId=" + a + "&limit=2&offset=1&sort=-name");
    assertThat(page.body().path("total").asInt()).isEqualTo(5);
    assertThat(page.body().path("items")).hasSize(2);
    assertThat(page.body().path("items").get(0).path("name").asText()).isEqualTo(prefix + "-3");
    assertThat(admin().get("api/v1/hosts?hostGroupId=" + a1).body().path("total").asInt())
        .isEqualTo(3);
    assertThat(
            admin()
                .get("api/v1/hosts?hostGroupId=" + a + "&status=maintenance")
                .body()
                .path("total")
                .asInt())
        .isEqualTo(1);
    assertThat(
            admin().get("api/v1/hosts?name=" + prefix.toUpperCase()).body().path("total").asInt())
        .isEqualTo(5);
    assertProblem(admin().get("api/v1/hosts?sort=password"), 400, "VALIDATION_FAILED");
    assertProblem(admin().get("api/v1/hosts?status=SLEEPING"), 400, "VALIDATION_FAILED");
    assertProblem(admin().get("api/v1/hosts?limit=0"), 400, "VALIDATION_FAILED");
  }

  // ---- clusters

  @Test
  void cluster_membersMustLieInTheClustersGroupSubtree() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    String b = fx.group(ROOT);
    String inside = fx.host(a1, runAs);
    String outside = fx.host(b, runAs);
    String name = unique("cl");
    assertProblem(
        admin()
            .post(
                "api/v1/host-clusters",
                json("name", name, "hostGroupId", a, "hostIds", List.of(inside, outside))),
        422,
        "INVENTORY_HOST_OUTSIDE_CLUSTER");
    assertThat(admin().get("api/v1/host-clusters?name=" + name).body().path("total").asInt())
        .isZero();
    assertThat(absent(admin().get("api/v1/hosts/" + inside).body().path("clusterId"))).isTrue();
    Reply c =
        fx.created(
            "api/v1/host-clusters",
            json("name", name, "hostGroupId", a, "hostIds", List.of(inside)));
    String id = c.body().path("id").asText();
    assertThat(c.body().path("hostIds")).hasSize(1);
    assertThat(admin().get("api/v1/hosts/" + inside).body().path("clusterId").asText())
        .isEqualTo(id);
    assertThat(admin().get("api/v1/hosts?clusterId=" + id).body().path("total").asInt())
        .isEqualTo(1);
    Reply host = admin().get("api/v1/hosts/" + inside);
    assertProblem(
        admin().patch("api/v1/hosts/" + inside, json("hostGroupId", b), host.etag()),
        422,
        "INVENTORY_HOST_OUTSIDE_CLUSTER");
    Reply emptied =
        admin().patch("api/v1/host-clusters/" + id, json("hostIds", List.of()), c.etag());
    assertThat(emptied.body().path("hostIds")).isEmpty();
    assertThat(admin().delete("api/v1/host-clusters/" + id, emptied.etag()).status())
        .isEqualTo(204);
  }

  // ---- VMs

  @Test
  void vm_registerReadUpdateDelete() {
    InventoryFixture fx = fx();
    String host = fx.host(fx.group(ROOT), fx.runAs());
    String name = unique("web");
    Map<String, Object> body = vmBody(name, host, null, 4, 8192, 20_000_000_000L);
    body.put("hypervisorId", "6f1c2b3a-0000-4000-8000-000000000001");
    Reply c = admin().post("api/v1/vms", body);
    assertThat(c.status()).as(c.toString()).isEqualTo(201);
    String id = c.body().path("id").asText();
    assertThat(id).isNotEqualTo(c.body().path("hypervisorId").asText());
    assertThat(c.body().path("storageBytes").asLong()).isEqualTo(20_000_000_000L);
    assertThat(c.body().path("disks").get(0).path("format").asText()).isEqualTo("QCOW2");
    assertThat(c.body().path("nics").get(0).path("model").asText()).isEqualTo("virtio");
    Reply u =
        admin()
            .patch(
                "api/v1/vms/" + id,
                json("memoryMb", 16384, "status", "paused", "description", "front end"),
                c.etag());
    assertThat(u.status()).as(u.toString()).isEqualTo(200);
    assertThat(u.body().path("memoryMb").asLong()).isEqualTo(16384);
    assertThat(u.body().path("vcpu").asInt()).isEqualTo(4);
    assertThat(u.body().path("status").asText()).isEqualTo("PAUSED");
    assertProblem(admin().delete("api/v1/vms/" + id, null), 428, "PRECONDITION_REQUIRED");
    assertProblem(admin().delete("api/v1/vms/" + id, c.etag()), 412, "PRECONDITION_FAILED");
    assertThat(admin().delete("api/v1/vms/" + id, u.etag()).status()).isEqualTo(204);
    assertProblem(admin().get("api/v1/vms/" + id), 404, "INVENTORY_VM_NOT_FOUND");
  }

  @Test
  void vm_withInvalidHardware_listsFieldErrors_andIsNotStored() {
    InventoryFixture fx = fx();
    String host = fx.host(fx.group(ROOT), fx.runAs());
    String name = unique("bad");
    Map<String, Object> body =
        json(
            "name",
            name,
            "hostId",
            host,
            "vcpu",
            0,
            "memoryMb",
            1,
            "disks",
            List.of(
                json(
                    "path",
                    "/images/a.img",
                    "format",
                    "floppy",
                    "capacityBytes",
                    0,
                    "bus",
                    "virtio",
                    "target",
                    "vda"),
                json(
                    "path",
                    "/images/b.img",
                    "format",
                    "raw",
                    "capacityBytes",
                    1,
                    "bus",
                    "virtio",
                    "target",
                    "vda")),
            "nics",
            List.of(json("macAddress", "zz", "network", "default", "model", "virtio")));
    Reply r = admin().post("api/v1/vms", body);
    assertProblem(r, 400, "VALIDATION_FAILED");
    assertThat(fields(r))
        .containsExactlyInAnyOrder(
            "vcpu",
            "memoryMb",
            "disks[0].format",
            "disks[0].capacityBytes",
            "disks[1].target",
            "nics[0].macAddress");
    assertThat(admin().get("api/v1/vms?hostId=" + host).body().path("total").asInt()).isZero();
    assertProblem(
        admin().post("api/v1/vms", vmBody(name, "no-such-host", null, 1, 512, 1)),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
  }

  @Test
  void vm_nameIsUniquePerHost_butMayRepeatOnAnotherHost() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String g = fx.group(ROOT);
    String h1 = fx.host(g, runAs);
    String h2 = fx.host(g, runAs);
    String name = unique("db");
    fx.created("api/v1/vms", vmBody(name, h1, null, 1, 512, 1000));
    assertProblem(
        admin().post("api/v1/vms", vmBody(name, h1, null, 1, 512, 1000)),
        409,
        "INVENTORY_DUPLICATE_NAME");
    fx.created("api/v1/vms", vmBody(name, h2, null, 1, 512, 1000));
    assertThat(admin().get("api/v1/vms?name=" + name).body().path("total").asInt()).isEqualTo(2);
  }

  @Test
  void vms_filterByHostGroupSubtreeHostStatusAndName_withPagingTotals() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String a = fx.group(ROOT);
    String a1 = fx.group(a);
    String b = fx.group(ROOT);
    String ha = fx.host(a, runAs);
    String ha1 = fx.host(a1, runAs);
    String hb = fx.host(b, runAs);
    String prefix = unique("app");
    for (int i = 0; i < 7; i++) {
      Map<String, Object> body =
          vmBody(prefix + "-" + i, i % 2 == 0 ? ha : ha1, null, i + 1, 1024, 1000);
      body.put("status", i < 2 ? "STOPPED" : "RUNNING");
      fx.created("api/v1/vms", body);
    }
    fx.vm(hb, null);
    Reply p = admin().get("api/v1/vms?hostGroupId=" + a + "&limit=3&sort=-vcpu");
    assertThat(p.body().path("total").asInt()).isEqualTo(7);
    assertThat(p.body().path("items")).hasSize(3);
    assertThat(p.body().path("items").get(0).path("vcpu").asInt()).isEqualTo(7);
    assertThat(admin().get("api/v1/vms?hostGroupId=" + a1).body().path("total").asInt())
        .isEqualTo(3);
    assertThat(admin().get("api/v1/vms?hostId=" + ha).body().path("total").asInt()).isEqualTo(4);
    assertThat(
            admin()
                .get("api/v1/vms?hostGroupId=" + a + "&status=stopped")
                .body()
                .path("total")
                .asInt())
        .isEqualTo(2);
    assertThat(
            admin()
                .get("api/v1/vms?name=" + prefix.toUpperCase() + "-6")
                .body()
                .path("total")
                .asInt())
        .isEqualTo(1);
    Reply last = admin().get("api/v1/vms?hostGroupId=" + a + "&offset=6&limit=3&sort=name");
    assertThat(last.body().path("total").asInt()).isEqualTo(7);
    assertThat(last.body().path("items").get(0).path("name").asText()).isEqualTo(prefix + "-6");
  }

  @Test
  void vm_movedBetweenHosts_keepsItsId_andRecordsPlacementHistory() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String g = fx.group(ROOT);
    String h1 = fx.host(g, runAs);
    String h2 = fx.host(g, runAs);
    String vm = fx.vm(h1, null);
    Reply before = admin().get("api/v1/vms/" + vm);
    Reply moved =
        admin().patch("api/v1/vms/" + vm, json("hostId", h2, "storageMoved", true), before.etag());
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.body().path("id").asText()).isEqualTo(vm);
    assertThat(moved.body().path("hostId").asText()).isEqualTo(h2);
    assertThat(admin().get("api/v1/vms?hostId=" + h1).body().path("total").asInt()).isZero();
    Reply back = admin().patch("api/v1/vms/" + vm, json("hostId", h1), moved.etag());
    assertThat(back.status()).isEqualTo(200);
    JsonNode history = admin().get("api/v1/vms/" + vm + "/placements").body();
    assertThat(history.path("total").asInt()).isEqualTo(3);
    JsonNode first = history.path("items").get(0);
    assertThat(absent(first.path("fromHostId"))).isTrue();
    assertThat(first.path("toHostId").asText()).isEqualTo(h1);
    JsonNode second = history.path("items").get(1);
    assertThat(second.path("fromHostId").asText()).isEqualTo(h1);
    assertThat(second.path("toHostId").asText()).isEqualTo(h2);
    assertThat(second.path("storageMoved").asBoolean()).isTrue();
    assertThat(second.path("initiator").asText()).isEqualTo("VIREO");
    assertThat(second.path("initiatedBy").asText()).isEqualTo("administrator");
    assertThat(history.path("items").get(2).path("toHostId").asText()).isEqualTo(h1);
    assertThat(
            admin()
                .get("api/v1/vms/" + vm + "/placements?sort=-at&limit=1")
                .body()
                .path("items")
                .get(0)
                .path("toHostId")
                .asText())
        .isEqualTo(h1);
    assertProblem(admin().get("api/v1/vms/no-such-vm/placements"), 404, "INVENTORY_VM_NOT_FOUND");
  }

  // ---- clouds

  @Test
  void cloud_reportsUsage_andRefusesAVmBeyondQuota_withoutStoringIt() {
    InventoryFixture fx = fx();
    String g = fx.group(ROOT);
    String host = fx.host(g, fx.runAs());
    String cloud =
        fx.cloud(
            List.of(g),
            json("maxVms", 2, "maxVcpu", 6, "maxMemoryMb", null, "maxStorageBytes", null));
    fx.created("api/v1/vms", vmBody(unique("q"), host, cloud, 4, 1024, 1000));
    Reply tooBig = admin().post("api/v1/vms", vmBody(unique("q"), host, cloud, 4, 1024, 1000));
    assertProblem(tooBig, 422, "INVENTORY_QUOTA_EXCEEDED");
    assertThat(tooBig.body().path("detail").asText()).contains("vCPUs 8 > quota 6");
    assertThat(admin().get("api/v1/vms?cloudId=" + cloud).body().path("total").asInt())
        .isEqualTo(1);
    String small =
        fx.created("api/v1/vms", vmBody(unique("q"), host, cloud, 2, 512, 500))
            .body()
            .path("id")
            .asText();
    assertProblem(
        admin().post("api/v1/vms", vmBody(unique("q"), host, cloud, 0 + 1, 1, 1)),
        400,
        "VALIDATION_FAILED");
    Reply third = admin().post("api/v1/vms", vmBody(unique("q"), host, cloud, 1, 512, 1));
    assertProblem(third, 422, "INVENTORY_QUOTA_EXCEEDED");
    assertThat(third.body().path("detail").asText()).contains("VMs 3 > quota 2");
    JsonNode usage = admin().get("api/v1/clouds/" + cloud).body().path("usage");
    assertThat(usage.path("vms").asInt()).isEqualTo(2);
    assertThat(usage.path("vcpu").asInt()).isEqualTo(6);
    assertThat(usage.path("memoryMb").asInt()).isEqualTo(1536);
    assertThat(usage.path("storageBytes").asLong()).isEqualTo(1500);
    Reply vm = admin().get("api/v1/vms/" + small);
    assertProblem(
        admin().patch("api/v1/vms/" + small, json("vcpu", 3), vm.etag()),
        422,
        "INVENTORY_QUOTA_EXCEEDED");
    assertThat(admin().get("api/v1/vms/" + small).body().path("vcpu").asInt()).isEqualTo(2);
    Reply c = admin().get("api/v1/clouds/" + cloud);
    assertProblem(
        admin().patch("api/v1/clouds/" + cloud, json("quota", json("maxVms", 1)), c.etag()),
        422,
        "INVENTORY_QUOTA_BELOW_USAGE");
    assertProblem(admin().delete("api/v1/clouds/" + cloud, c.etag()), 422, "INVENTORY_NOT_EMPTY");
  }

  @Test
  void cloud_refusesAVmOnAHostOutsideItsHostGroups() {
    InventoryFixture fx = fx();
    String runAs = fx.runAs();
    String inside = fx.group(ROOT);
    String outside = fx.group(ROOT);
    String hostOut = fx.host(outside, runAs);
    String hostIn = fx.host(fx.group(inside), runAs);
    String cloud = fx.cloud(List.of(inside), json());
    String name = unique("out");
    assertProblem(
        admin().post("api/v1/vms", vmBody(name, hostOut, cloud, 1, 512, 1)),
        422,
        "INVENTORY_HOST_OUTSIDE_CLOUD");
    assertThat(admin().get("api/v1/vms?name=" + name).body().path("total").asInt()).isZero();
    String vm = fx.vm(hostIn, cloud);
    Reply r = admin().get("api/v1/vms/" + vm);
    assertProblem(
        admin().patch("api/v1/vms/" + vm, json("hostId", hostOut), r.etag()),
        422,
        "INVENTORY_HOST_OUTSIDE_CLOUD");
    assertThat(admin().get("api/v1/vms/" + vm).body().path("hostId").asText()).isEqualTo(hostIn);
    assertThat(admin().get("api/v1/vms/" + vm + "/placements").body().path("total").asInt())
        .isEqualTo(1);
    Reply c = admin().get("api/v1/clouds/" + cloud);
    assertProblem(
        admin().patch("api/v1/clouds/" + cloud, json("hostGroupIds", List.of(outside)), c.etag()),
        422,
        "INVENTORY_HOST_OUTSIDE_CLOUD");
  }

  @Test
  void cloud_crud_andDuplicateName() {
    InventoryFixture fx = fx();
    String g = fx.group(ROOT);
    String name = unique("Cloud");
    Reply c =
        fx.created(
            "api/v1/clouds", json("name", name, "description", "gold", "hostGroupIds", List.of(g)));
    String id = c.body().path("id").asText();
    assertThat(absent(c.body().path("quota").path("maxVms"))).isTrue();
    assertProblem(
        admin().post("api/v1/clouds", json("name", name.toLowerCase(), "hostGroupIds", List.of(g))),
        409,
        "INVENTORY_DUPLICATE_NAME");
    assertProblem(
        admin().post("api/v1/clouds", json("name", unique("c"), "hostGroupIds", List.of("nope"))),
        422,
        "INVENTORY_REFERENCE_NOT_FOUND");
    Reply u =
        admin()
            .patch(
                "api/v1/clouds/" + id,
                json("quota", json("maxVms", 10, "maxMemoryMb", 65536)),
                c.etag());
    assertThat(u.body().path("quota").path("maxVms").asInt()).isEqualTo(10);
    assertThat(admin().get("api/v1/clouds?name=" + name).body().path("total").asInt()).isEqualTo(1);
    assertThat(admin().delete("api/v1/clouds/" + id, u.etag()).status()).isEqualTo(204);
    assertProblem(admin().get("api/v1/clouds/" + id), 404, "INVENTORY_CLOUD_NOT_FOUND");
  }

  // ---- library

  @Test
  void library_serverShareResource_crud_andPathsThatEscapeTheShareAreRejected() {
    InventoryFixture fx = fx();
    Reply srv =
        fx.created(
            "api/v1/library-servers",
            json(
                "name",
                unique("lib"),
                "address",
                "lib1.lab.example",
                "runAsAccountId",
                fx.runAs()));
    String server = srv.body().path("id").asText();
    assertProblem(
        admin()
            .post(
                "api/v1/library-shares",
                json("name", "bad", "libraryServerId", server, "path", "relative/dir")),
        400,
        "INVENTORY_INVALID_SHARE_PATH");
    assertProblem(
        admin()
            .post(
                "api/v1/library-shares",
                json("name", "bad", "libraryServerId", server, "path", "/srv/../etc")),
        400,
        "INVENTORY_INVALID_SHARE_PATH");
    Reply sh =
        fx.created(
            "api/v1/library-shares",
            json("name", "MSSCVMMLibrary", "libraryServerId", server, "path", "/srv/library/"));
    assertThat(sh.body().path("path").asText()).isEqualTo("/srv/library");
    String share = sh.body().path("id").asText();
    assertProblem(
        admin()
            .post(
                "api/v1/library-shares",
                json("name", "msscvmmlibrary", "libraryServerId", server, "path", "/srv/other")),
        409,
        "INVENTORY_DUPLICATE_NAME");
    for (String evil :
        List.of(
            "../etc/passwd",
            "iso/../../x",
            "/etc/passwd",
            "C:\\Windows\\x",
            "a\u0000b",
            "iso//x")) {
      Reply r =
          admin()
              .post(
                  "api/v1/library-resources",
                  json(
                      "name",
                      "evil",
                      "libraryShareId",
                      share,
                      "relativePath",
                      evil,
                      "type",
                      "ISO",
                      "sizeBytes",
                      1));
      assertProblem(r, 400, "INVENTORY_PATH_ESCAPES_SHARE");
      assertThat(fields(r)).containsExactly("relativePath");
    }
    assertThat(
            admin()
                .get("api/v1/library-resources?libraryShareId=" + share)
                .body()
                .path("total")
                .asInt())
        .isZero();
    String sha = "A".repeat(64);
    Reply res =
        fx.created(
            "api/v1/library-resources",
            json(
                "name",
                "debian-13",
                "libraryShareId",
                share,
                "relativePath",
                "iso\\debian-13.iso",
                "type",
                "iso",
                "sizeBytes",
                700_000_000L,
                "sha256",
                sha));
    assertThat(res.body().path("relativePath").asText()).isEqualTo("iso/debian-13.iso");
    assertThat(res.body().path("sha256").asText()).isEqualTo("a".repeat(64));
    assertProblem(
        admin()
            .post(
                "api/v1/library-resources",
                json(
                    "name",
                    "x",
                    "libraryShareId",
                    share,
                    "relativePath",
                    "bad-sum.iso",
                    "type",
                    "ISO",
                    "sizeBytes",
                    1,
                    "sha256",
                    "xyz")),
        400,
        "VALIDATION_FAILED");
    assertThat(
            admin()
                .get("api/v1/library-resources?libraryShareId=" + share + "&type=ISO")
                .body()
                .path("total")
                .asInt())
        .isEqualTo(1);
    assertProblem(
        admin().delete("api/v1/library-shares/" + share, sh.etag()), 422, "INVENTORY_NOT_EMPTY");
    assertProblem(
        admin().delete("api/v1/library-servers/" + server, srv.etag()), 422, "INVENTORY_NOT_EMPTY");
    Reply upd =
        admin()
            .patch(
                "api/v1/library-resources/" + res.body().path("id").asText(),
                json("sizeBytes", 1L),
                res.etag());
    assertThat(upd.body().path("sizeBytes").asLong()).isEqualTo(1);
    assertThat(upd.body().path("name").asText()).isEqualTo("debian-13");
    assertThat(
            admin()
                .delete("api/v1/library-resources/" + res.body().path("id").asText(), upd.etag())
                .status())
        .isEqualTo(204);
    assertThat(admin().delete("api/v1/library-shares/" + share, sh.etag()).status()).isEqualTo(204);
    assertThat(admin().delete("api/v1/library-servers/" + server, srv.etag()).status())
        .isEqualTo(204);
  }

  // ---- templates and profiles

  @Test
  void templates_needAProfileAndADiskImage_andProfilesInUseCannotGo() {
    InventoryFixture fx = fx();
    String server =
        fx.created("api/v1/library-servers", json("name", unique("lib"), "address", "10.1.1.1"))
            .body()
            .path("id")
            .asText();
    String share =
        fx.created(
                "api/v1/library-shares",
                json("name", "Library", "libraryServerId", server, "path", "D:\\Library"))
            .body()
            .path("id")
            .asText();
    String iso =
        fx.created(
                "api/v1/library-resources",
                json(
                    "name",
                    "win.iso",
                    "libraryShareId",
                    share,
                    "relativePath",
                    "win.iso",
                    "type",
                    "ISO",
                    "sizeBytes",
                    5))
            .body()
            .path("id")
            .asText();
    String disk =
        fx.created(
                "api/v1/library-resources",
                json(
                    "name",
                    "base.qcow2",
                    "libraryShareId",
                    share,
                    "relativePath",
                    "vhd/base.qcow2",
                    "type",
                    "DISK_IMAGE",
                    "sizeBytes",
                    5))
            .body()
            .path("id")
            .asText();
    Reply badProfile =
        admin()
            .post(
                "api/v1/hardware-profiles",
                json(
                    "name",
                    unique("hw"),
                    "vcpu",
                    0,
                    "memoryMb",
                    1,
                    "nicCount",
                    99,
                    "diskBus",
                    "virtio"));
    assertProblem(badProfile, 400, "VALIDATION_FAILED");
    assertThat(fields(badProfile)).containsExactlyInAnyOrder("vcpu", "memoryMb", "nicCount");
    Reply p =
        fx.created(
            "api/v1/hardware-profiles",
            json(
                "name",
                unique("hw"),
                "vcpu",
                2,
                "memoryMb",
                4096,
                "nicCount",
                1,
                "diskBus",
                "VIRTIO"));
    String profile = p.body().path("id").asText();
    assertProblem(
        admin()
            .post(
                "api/v1/vm-templates",
                json(
                    "name",
                    unique("t"),
                    "hardwareProfileId",
                    profile,
                    "diskResourceId",
                    iso,
                    "operatingSystem",
                    "Windows Server 2025")),
        422,
        "INVENTORY_WRONG_RESOURCE_TYPE");
    Reply t =
        fx.created(
            "api/v1/vm-templates",
            json(
                "name",
                unique("t"),
                "hardwareProfileId",
                profile,
                "diskResourceId",
                disk,
                "operatingSystem",
                "Debian 13"));
    assertThat(t.body().path("operatingSystem").asText()).isEqualTo("Debian 13");
    assertProblem(
        admin().delete("api/v1/hardware-profiles/" + profile, p.etag()), 422, "INVENTORY_IN_USE");
    Reply pu =
        admin().patch("api/v1/hardware-profiles/" + profile, json("memoryMb", 8192), p.etag());
    assertThat(pu.body().path("memoryMb").asLong()).isEqualTo(8192);
    assertThat(pu.body().path("vcpu").asInt()).isEqualTo(2);
    assertThat(
            admin()
                .get("api/v1/vm-templates?hardwareProfileId=" + profile)
                .body()
                .path("total")
                .asInt())
        .isEqualTo(1);
    Reply tu =
        admin()
            .patch(
                "api/v1/vm-templates/" + t.body().path("id").asText(),
                json("operatingSystem", "Debian 13.1"),
                t.etag());
    assertThat(tu.status()).isEqualTo(200);
    assertThat(
            admin()
                .delete("api/v1/vm-templates/" + t.body().path("id").asText(), tu.etag())
                .status())
        .isEqualTo(204);
    assertThat(admin().delete("api/v1/hardware-profiles/" + profile, pu.etag()).status())
        .isEqualTo(204);
  }

  @Test
  void unknownIds_are404ProblemDetails_andMalformedJsonIs400() {
    for (String c :
        List.of(
            "host-groups",
            "hosts",
            "host-clusters",
            "vms",
            "clouds",
            "library-servers",
            "library-shares",
            "library-resources",
            "vm-templates",
            "hardware-profiles")) {
      Reply r = admin().get("api/v1/" + c + "/11111111-2222-3333-4444-555555555555");
      assertThat(r.status()).as(c).isEqualTo(404);
      assertThat(r.body().path("code").asText()).as(c).endsWith("_NOT_FOUND");
    }
    Reply bad = admin().sendRaw("POST", "api/v1/vms", "application/json", "{\"name\": ");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.raw().body()).doesNotContain("Exception");
    assertThat(ApiClient.anonymous(url).get("api/v1/vms").status()).isEqualTo(401);
  }
}
