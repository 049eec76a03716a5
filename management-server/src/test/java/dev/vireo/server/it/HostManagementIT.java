package dev.vireo.server.it;

import static dev.vireo.server.it.InventoryFixture.json;
import static dev.vireo.server.it.InventoryFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.server.it.ApiClient.Reply;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Host and VM management against the real libvirt lab (two hosts, TCG guests): adding hosts,
 * refresh and reconciliation, VM lifecycle, live migration with shared storage and with storage
 * copy, host health from driver events and the periodic refresh, maintenance mode, scope and bad
 * input. Timings go to stdout as {@code BENCH} lines for {@code docs/benchmarks.md}.
 */
@ExtendWith({ArquillianExtension.class, LabExtension.class})
@RunAsClient
class HostManagementIT {
  private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.vireo();
  }

  @ArquillianResource URL url;

  private ApiClient admin() {
    return ApiClient.anonymous(url).admin();
  }

  private static void assertProblem(Reply r, int status, String code) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.body().path("code").asText()).as(r.toString()).isEqualTo(code);
  }

  @AfterAll
  static void removeLabHosts() {
    HostManagementFixture.removeLabHosts();
  }

  private static void bench(String line) {
    System.out.println("BENCH " + line);
  }

  @Test
  void addedHosts_areRespondingWithTheirCapacity(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    for (int i = 1; i <= 2; i++) {
      JsonNode host = f.host(h[i]);
      assertThat(host.path("status").asText()).as(host.toString()).isEqualTo("RESPONDING");
      assertThat(host.path("capacity").path("cpuCores").asInt()).isPositive();
      assertThat(host.path("capacity").path("memoryBytes").asLong()).isPositive();
      assertThat(host.path("capacity").path("storageBytes").asLong()).isPositive();
    }
  }

  @Test
  void vmCreatedOnHost1_migratesLiveToHost2WithSharedStorage_andBackWithStorageCopy(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String vm = f.createVm(h[1], unique("mig"), f.profile(), "shared");
    assertThat(f.vm(vm).path("status").asText()).isEqualTo("STOPPED");
    f.vmAction(vm, "start", null);
    assertThat(f.vm(vm).path("status").asText()).isEqualTo("RUNNING");

    long t0 = System.nanoTime();
    JsonNode shared = f.vmAction(vm, "migrate", json("targetHostId", h[2], "storage", "shared"));
    bench(
        "migration.api.shared_storage.ms="
            + (System.nanoTime() - t0) / 1_000_000
            + " driver.ms="
            + HostManagementFixture.result(shared).path("durationMs").asLong());
    JsonNode onH2 = f.vm(vm);
    assertThat(onH2.path("hostId").asText()).isEqualTo(h[2]);
    assertThat(onH2.path("status").asText()).isEqualTo("RUNNING");
    assertThat(f.virsh(2, "domstate", onH2.path("hypervisorId").asText())).contains("running");

    t0 = System.nanoTime();
    JsonNode copy =
        f.vmAction(
            vm, "migrate", json("targetHostId", h[1], "storage", "copy", "targetPool", "local"));
    bench(
        "migration.api.storage_copy_64MiB.ms="
            + (System.nanoTime() - t0) / 1_000_000
            + " driver.ms="
            + HostManagementFixture.result(copy).path("durationMs").asLong());
    JsonNode back = f.vm(vm);
    assertThat(back.path("hostId").asText()).isEqualTo(h[1]);
    assertThat(back.path("disks").get(0).path("path").asText()).startsWith(Lab.LOCAL_POOL_PATH);

    JsonNode history = admin().get("api/v1/vms/" + vm + "/placements").body().path("items");
    List<String> moves = new ArrayList<>();
    history.forEach(
        p ->
            moves.add(
                p.path("fromHostId").asText("-")
                    + ">"
                    + p.path("toHostId").asText("-")
                    + ":"
                    + p.path("storageMoved").asBoolean()
                    + ":"
                    + p.path("initiator").asText()));
    assertThat(moves)
        .containsExactly(
            "->" + h[1] + ":false:VIREO",
            h[1] + ">" + h[2] + ":false:VIREO",
            h[2] + ">" + h[1] + ":true:VIREO");

    f.vmAction(vm, "stop", null);
    f.vmAction(vm, "delete", json("deleteDisks", true));
    assertThat(admin().get("api/v1/vms/" + vm).status()).isEqualTo(404);
  }

  @Test
  void vmLifecycle_pauseResumeSaveStartShutdown_isFollowedByTheInventory(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String name = unique("life");
    f.defineOutside(1, name);
    String vm = f.vmNamed(h[1], name, EVENT_TIMEOUT).path("id").asText();
    f.vmAction(vm, "start", null);
    lab.awaitGuest(1, name, Duration.ofSeconds(120));
    for (String[] step :
        new String[][] {
          {"pause", "PAUSED"}, {"resume", "RUNNING"}, {"save", "SAVED"}, {"start", "RUNNING"}
        }) {
      f.vmAction(vm, step[0], null);
      assertThat(f.vm(vm).path("status").asText()).as(step[0]).isEqualTo(step[1]);
    }
    lab.awaitGuest(1, name, Duration.ofSeconds(120));
    f.vmAction(vm, "shutdown", null);
    assertThat(f.vm(vm).path("status").asText()).isEqualTo("STOPPED");
    assertProblem(admin().post("api/v1/vms/" + vm + "/actions/pause", null), 422, "HOSTS_VM_STATE");
    f.vmAction(vm, "delete", null);
  }

  @Test
  void domainDefinedOutside_appearsOnRefresh_andUndefinedOutside_becomesMissing(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String name = unique("ext");
    f.defineOutside(1, name);
    JsonNode refreshed =
        f.completed(admin().post("api/v1/hosts/" + h[1] + "/actions/refresh", null));
    assertThat(refreshed.path("result").asText()).contains(h[1]);
    JsonNode vm = f.vmNamed(h[1], name, Duration.ofSeconds(5));
    assertThat(vm.path("status").asText()).isEqualTo("STOPPED");
    assertThat(f.virsh(1, "dumpxml", name)).contains(vm.path("id").asText());

    f.virsh(1, "undefine", name);
    f.completed(admin().post("api/v1/hosts/" + h[1] + "/actions/refresh", null));
    JsonNode missing = f.vm(vm.path("id").asText());
    assertThat(missing.path("status").asText()).isEqualTo("MISSING");
    assertThat(missing.path("hostId").isMissingNode() || missing.path("hostId").isNull()).isTrue();
  }

  @Test
  void externalStateChanges_reachTheInventoryThroughEvents(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String name = unique("evt");
    f.defineOutside(2, name);
    String vm = f.vmNamed(h[2], name, EVENT_TIMEOUT).path("id").asText();
    long t0 = System.nanoTime();
    f.virsh(2, "start", name);
    f.await("api/v1/vms/" + vm, j -> j.path("status").asText().equals("RUNNING"), EVENT_TIMEOUT);
    bench("event.external_start_to_inventory.ms=" + (System.nanoTime() - t0) / 1_000_000);
    t0 = System.nanoTime();
    f.virsh(2, "suspend", name);
    f.await("api/v1/vms/" + vm, j -> j.path("status").asText().equals("PAUSED"), EVENT_TIMEOUT);
    bench("event.external_suspend_to_inventory.ms=" + (System.nanoTime() - t0) / 1_000_000);
    f.virsh(2, "destroy", name);
    f.await("api/v1/vms/" + vm, j -> j.path("status").asText().equals("STOPPED"), EVENT_TIMEOUT);
    f.vmAction(vm, "delete", null);
  }

  @Test
  void killedDaemon_makesHostNotResponding_andItsVmsHostNotResponding_untilItAnswersAgain(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String name = unique("hnr");
    f.defineOutside(2, name);
    String vm = f.vmNamed(h[2], name, EVENT_TIMEOUT).path("id").asText();
    f.vmAction(vm, "start", null);
    lab.killDaemon(2);
    try {
      f.await(
          "api/v1/hosts/" + h[2],
          j -> j.path("status").asText().equals("NOT_RESPONDING"),
          EVENT_TIMEOUT);
      assertThat(f.vm(vm).path("status").asText()).isEqualTo("HOST_NOT_RESPONDING");
    } finally {
      lab.startDaemon(2);
    }
    f.await(
        "api/v1/hosts/" + h[2], j -> j.path("status").asText().equals("RESPONDING"), EVENT_TIMEOUT);
    f.await("api/v1/vms/" + vm, j -> j.path("status").asText().equals("RUNNING"), EVENT_TIMEOUT);
    f.vmAction(vm, "stop", null);
    f.vmAction(vm, "delete", null);
  }

  @Test
  void maintenanceOn_ofAManagedHost_evacuatesRunningVms_toTheOtherHostOfTheGroup(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String vm = f.createVm(h[1], unique("evac"), f.profile(), "shared");
    f.vmAction(vm, "start", null);
    JsonNode job =
        f.completed(
            admin().post("api/v1/hosts/" + h[1] + "/actions/maintenance-on", json("reason", "it")));
    assertThat(HostManagementFixture.result(job).path("evacuated").asInt()).isPositive();
    assertThat(f.host(h[1]).path("status").asText()).isEqualTo("MAINTENANCE");
    JsonNode moved = f.vm(vm);
    assertThat(moved.path("hostId").asText()).isEqualTo(h[2]);
    assertThat(moved.path("status").asText()).isEqualTo("RUNNING");
    assertThat(admin().post("api/v1/hosts/" + h[1] + "/actions/maintenance-off", null).status())
        .isEqualTo(200);
    f.await(
        "api/v1/hosts/" + h[1], j -> j.path("status").asText().equals("RESPONDING"), EVENT_TIMEOUT);
    f.vmAction(vm, "stop", null);
    f.vmAction(vm, "delete", json("deleteDisks", true));
  }

  @Test
  void wrongCredentials_failTheAddWithAccessDenied_andLeaveNoHost(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    f.hosts();
    String wrong =
        new InventoryFixture(admin())
            .created(
                "api/v1/run-as-accounts",
                json("name", unique("bad"), "userName", Lab.USER, "secret", "not-the-password"))
            .body()
            .path("id")
            .asText();
    String name = unique("denied");
    JsonNode job =
        f.ended(
            admin()
                .post(
                    "api/v1/hosts/actions/add",
                    json(
                        "address",
                        Lab.ip(1),
                        "connectionUri",
                        "qemu+tcp://" + Lab.ip(1) + ":16509/system",
                        "name",
                        name,
                        "runAsAccountId",
                        wrong,
                        "hostGroupId",
                        f.groupId())));
    assertThat(job.path("status").asText()).isEqualTo("FAILED");
    assertThat(job.path("error").path("code").asText()).isEqualTo("HOSTS_ACCESS_DENIED");
    assertThat(admin().get("api/v1/hosts?name=" + name).body().path("total").asInt()).isZero();
  }

  @Test
  void changedRunAsAccountWithWrongCredentials_makesTheHostAccessDenied_untilItIsFixed(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String wrong =
        new InventoryFixture(admin())
            .created(
                "api/v1/run-as-accounts",
                json("name", unique("bad"), "userName", Lab.USER, "secret", "not-the-password"))
            .body()
            .path("id")
            .asText();
    f.patchHost(h[1], json("runAsAccountId", wrong));
    try {
      JsonNode job = f.ended(admin().post("api/v1/hosts/" + h[1] + "/actions/refresh", null));
      assertThat(job.path("status").asText()).isEqualTo("FAILED");
      assertThat(job.path("error").path("code").asText()).isEqualTo("HOSTS_ACCESS_DENIED");
      assertThat(f.host(h[1]).path("status").asText()).isEqualTo("ACCESS_DENIED");
    } finally {
      f.patchHost(h[1], json("runAsAccountId", f.runAsId()));
    }
    f.completed(admin().post("api/v1/hosts/" + h[1] + "/actions/refresh", null));
    assertThat(f.host(h[1]).path("status").asText()).isEqualTo("RESPONDING");
  }

  @Test
  void migrationDoneOutsideVireo_isRecordedAsObserved_andKeepsTheVmsIdentity(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String name = unique("obs");
    f.defineOutside(1, name);
    String vm = f.vmNamed(h[1], name, EVENT_TIMEOUT).path("id").asText();
    f.vmAction(vm, "start", null);
    f.virsh(
        1,
        "migrate",
        "--live",
        "--p2p",
        "--persistent",
        "--undefinesource",
        "--unsafe",
        name,
        Lab.uri(2));
    // the domain arrives paused and resumes when the migration ends: wait for both
    f.await(
        "api/v1/vms/" + vm,
        j -> j.path("hostId").asText().equals(h[2]) && j.path("status").asText().equals("RUNNING"),
        EVENT_TIMEOUT);

    JsonNode last = lastPlacement(vm);
    assertThat(last.path("fromHostId").asText()).isEqualTo(h[1]);
    assertThat(last.path("initiator").asText()).isEqualTo("OBSERVED");
    assertThat(f.virsh(2, "dumpxml", name)).contains(vm);
    f.vmAction(vm, "stop", null);
    f.vmAction(vm, "delete", null);
  }

  private JsonNode lastPlacement(String vm) {
    JsonNode items = admin().get("api/v1/vms/" + vm + "/placements").body().path("items");
    return items.get(items.size() - 1);
  }

  @Test
  void unreachableAddress_failsTheAddSayingWhatToCheck_andLeavesNoHost(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    f.hosts();
    String name = unique("gone");
    JsonNode job =
        f.ended(
            admin()
                .post(
                    "api/v1/hosts/actions/add",
                    json(
                        "address",
                        "10.77.0.99",
                        "name",
                        name,
                        "runAsAccountId",
                        f.runAsId(),
                        "hostGroupId",
                        f.groupId())));
    assertThat(job.path("status").asText()).isEqualTo("FAILED");
    assertThat(job.path("error").path("code").asText()).isEqualTo("HOSTS_UNREACHABLE");
    assertThat(job.path("error").path("message").asText()).contains("check the address");
    assertThat(admin().get("api/v1/hosts?name=" + name).body().path("total").asInt()).isZero();
  }

  @Test
  void unknownHost_isNotFound_andAHostAddedTwice_isRefusedBeforeAnyJob(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    assertProblem(
        admin().post("api/v1/hosts/" + java.util.UUID.randomUUID() + "/actions/refresh", null),
        404,
        "INVENTORY_HOST_NOT_FOUND");
    assertProblem(
        admin()
            .post(
                "api/v1/hosts/actions/add",
                json(
                    "address",
                    Lab.ip(1),
                    "connectionUri",
                    Lab.uri(1),
                    "name",
                    unique("again"),
                    "runAsAccountId",
                    f.runAsId(),
                    "hostGroupId",
                    f.groupId())),
        409,
        "HOSTS_ALREADY_MANAGED");
    assertProblem(
        admin().post("api/v1/vms/" + java.util.UUID.randomUUID() + "/actions/start", null),
        404,
        "INVENTORY_VM_NOT_FOUND");
    assertThat(h[1]).isNotBlank();
  }

  @Test
  void migrationToAPoolTheTargetLacks_failsWithNoStorage_andTheVmStaysOnTheSource(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String vm = f.createVm(h[1], unique("nost"), f.profile(), "shared");
    f.vmAction(vm, "start", null);
    JsonNode job =
        f.ended(
            admin()
                .post(
                    "api/v1/vms/" + vm + "/actions/migrate",
                    json("targetHostId", h[2], "storage", "copy", "targetPool", "no-such-pool")));
    assertThat(job.path("status").asText()).isEqualTo("FAILED");
    assertThat(job.path("error").path("code").asText()).isEqualTo("HOSTS_NO_STORAGE");
    assertThat(job.path("error").path("message").asText()).contains("NO_STORAGE");
    JsonNode after = f.vm(vm);
    assertThat(after.path("hostId").asText()).isEqualTo(h[1]);
    assertThat(after.path("status").asText()).isEqualTo("RUNNING");
    assertThat(f.virsh(1, "domstate", after.path("hypervisorId").asText())).contains("running");
    f.vmAction(vm, "stop", null);
    f.vmAction(vm, "delete", json("deleteDisks", true));
  }

  @Test
  void vmCreatedFromAnExistingSharedImage_usesIt_andAMissingImageFailsWithNoStorage(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String profile = f.profile();
    String image = lab.sharedDisk(unique("img"), "32M").toString();
    JsonNode job =
        f.completed(
            admin()
                .post(
                    "api/v1/vms/actions/create",
                    json(
                        "name",
                        unique("lib"),
                        "hostId",
                        h[2],
                        "hardwareProfileId",
                        profile,
                        "diskPath",
                        image,
                        "domainType",
                        "qemu")));
    String vm = HostManagementFixture.result(job).path("vmId").asText();
    assertThat(f.vm(vm).path("disks").get(0).path("path").asText()).isEqualTo(image);
    JsonNode failed =
        f.ended(
            admin()
                .post(
                    "api/v1/vms/actions/create",
                    json(
                        "name",
                        unique("nolib"),
                        "hostId",
                        h[2],
                        "hardwareProfileId",
                        profile,
                        "diskPath",
                        "/nonexistent/disk.qcow2",
                        "domainType",
                        "qemu")));
    assertThat(failed.path("status").asText()).isEqualTo("FAILED");
    assertThat(failed.path("error").path("code").asText()).isEqualTo("HOSTS_NO_STORAGE");
    f.vmAction(vm, "delete", null);
  }

  @Test
  void vmNameClash_isRefusedWith409_beforeAnyJobRuns(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    String profile = f.profile();
    String name = unique("dup");
    String vm = f.createVm(h[1], name, profile, "shared");
    long before = admin().get("api/v1/jobs?type=Vms.Create").body().path("total").asLong();
    assertProblem(
        admin()
            .post(
                "api/v1/vms/actions/create",
                json(
                    "name",
                    name,
                    "hostId",
                    h[1],
                    "hardwareProfileId",
                    profile,
                    "pool",
                    "shared",
                    "domainType",
                    "qemu")),
        409,
        "INVENTORY_DUPLICATE_NAME");
    assertThat(admin().get("api/v1/jobs?type=Vms.Create").body().path("total").asLong())
        .isEqualTo(before);
    f.vmAction(vm, "delete", json("deleteDisks", true));
  }

  @Test
  void readOnlyAdministrator_mayNotRefreshHostsOrStartVms(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    ApiClient ro =
        new InventoryFixture(admin())
            .userInRole(
                ApiClient.anonymous(url),
                "READ_ONLY_ADMINISTRATOR",
                List.of(f.groupId()),
                List.of());
    assertProblem(
        ro.post("api/v1/hosts/" + h[1] + "/actions/refresh", null), 403, "INVENTORY_ACCESS_DENIED");
    assertProblem(
        ro.post(
            "api/v1/hosts/actions/add",
            Map.of(
                "address", "10.0.0.1", "runAsAccountId", f.runAsId(), "hostGroupId", f.groupId())),
        403,
        "INVENTORY_ACCESS_DENIED");
  }

  @Test
  void tenantAdministrator_runsTheLifecycleOfVmsInItsCloud_butCannotTouchTheHost(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    InventoryFixture fx = new InventoryFixture(admin());
    String cloud = fx.cloud(List.of(f.groupId()), json());
    String vm = f.createVm(h[1], unique("ten"), f.profile(), "shared");
    f.patch("api/v1/vms/" + vm, json("cloudId", cloud));
    ApiClient tenant =
        fx.userInRole(ApiClient.anonymous(url), "TENANT_ADMINISTRATOR", List.of(), List.of(cloud));
    HostManagementFixture asTenant = new HostManagementFixture(tenant, lab);
    asTenant.vmAction(vm, "start", null);
    asTenant.vmAction(vm, "stop", null);
    assertThat(f.vm(vm).path("status").asText()).isEqualTo("STOPPED");
    assertProblem(
        tenant.post("api/v1/hosts/" + h[1] + "/actions/refresh", null),
        404,
        "INVENTORY_HOST_NOT_FOUND");
    assertProblem(
        tenant.post("api/v1/vms/" + vm + "/actions/migrate", json("targetHostId", h[2])),
        404,
        "INVENTORY_HOST_NOT_FOUND");
    f.vmAction(vm, "delete", json("deleteDisks", true));
  }

  @Test
  void addingAHostWithFiftyDomains_importsThemAll(Lab lab) {
    HostManagementFixture f = new HostManagementFixture(admin(), lab);
    String[] h = f.hosts();
    f.completed(admin().post("api/v1/hosts/" + h[2] + "/actions/remove", null));
    String prefix = unique("b50");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      names.add(prefix + "-" + i);
    }
    defineMany(f, lab, names);
    long t0 = System.nanoTime();
    String host = f.addHost(2);
    bench("add_host.50_stopped_domains.ms=" + (System.nanoTime() - t0) / 1_000_000);
    h[2] = host;
    assertThat(
            admin()
                .get("api/v1/vms?hostId=" + host + "&name=" + prefix)
                .body()
                .path("total")
                .asInt())
        .isEqualTo(50);
    // DELETE of a managed host runs the same removal job (202), guarded by If-Match
    String path = "api/v1/hosts/" + host;
    assertProblem(admin().delete(path, "\"987654\""), 412, "PRECONDITION_FAILED");
    f.completed(admin().delete(path, admin().get(path).etag()));
    for (String n : names) {
      f.virsh(2, "undefine", n);
    }
    h[2] = f.addHost(2);
  }

  /** Defines tiny stopped guests sharing one disk on lab host 2 (one virsh call per domain). */
  private static void defineMany(HostManagementFixture f, Lab lab, List<String> names) {
    java.nio.file.Path disk = lab.sharedDisk(names.get(0) + "-shared", "16M");
    for (String n : names) {
      java.nio.file.Path xml = Lab.SHARED.resolve(n + ".xml");
      try {
        java.nio.file.Files.writeString(xml, lab.guestXml(n, disk));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      f.virsh(2, "define", xml.toString());
    }
  }
}
