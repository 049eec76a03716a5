package dev.vireo.server.it;

import static dev.vireo.server.it.InventoryFixture.json;
import static dev.vireo.server.it.InventoryFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vireo.drivers.lab.Lab;
import dev.vireo.server.it.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The lab hosts as the server manages them, for {@link HostManagementIT}: adds lab hosts h1 and h2
 * through the API once per server (both in one host group, with a Run As account holding the lab's
 * SASL login), and helpers to run jobs and wait for the inventory.
 */
final class HostManagementFixture {
  static final Duration JOB_TIMEOUT = Duration.ofMinutes(4);
  private static String groupId;
  private static String runAsId;
  private static final String[] HOST_IDS = new String[3];
  private static ApiClient owner;

  private final ApiClient api;
  private final Lab lab;

  HostManagementFixture(ApiClient api, Lab lab) {
    this.api = api;
    this.lab = lab;
  }

  /** Adds h1 and h2 unless this server already manages them; returns their ids. */
  synchronized String[] hosts() {
    if (HOST_IDS[1] == null) {
      owner = api;
      InventoryFixture fx = new InventoryFixture(api);
      setRefreshInterval(3);
      runAsId =
          fx.created(
                  "api/v1/run-as-accounts",
                  json("name", unique("lab"), "userName", Lab.USER, "secret", Lab.PASSWORD))
              .body()
              .path("id")
              .asText();
      groupId = fx.group(InventoryFixture.ROOT);
      removeEarlierLabHosts();
      for (int i = 1; i <= 2; i++) {
        HOST_IDS[i] = addHost(i);
      }
    }
    return HOST_IDS;
  }

  /** Removes hosts an earlier run on the same database added at the lab's addresses. */
  private void removeEarlierLabHosts() {
    JsonNode page = api.get("api/v1/hosts?limit=1000").body().path("items");
    for (JsonNode h : page) {
      String uri = h.path("connectionUri").asText();
      if (uri.equals(Lab.uri(1)) || uri.equals(Lab.uri(2))) {
        completed(api.post("api/v1/hosts/" + h.path("id").asText() + "/actions/remove", null));
      }
    }
  }

  /**
   * Removes the lab hosts from the server again and restores the refresh interval, so later test
   * classes on the same database find no managed hosts whose lab is gone.
   */
  static synchronized void removeLabHosts() {
    if (owner == null || HOST_IDS[1] == null) {
      return;
    }
    HostManagementFixture f = new HostManagementFixture(owner, null);
    for (int i = 1; i <= 2; i++) {
      f.completed(owner.post("api/v1/hosts/" + HOST_IDS[i] + "/actions/remove", null));
      HOST_IDS[i] = null;
    }
    f.setRefreshInterval(60);
  }

  String groupId() {
    return groupId;
  }

  String runAsId() {
    return runAsId;
  }

  /** Adds lab host {@code n} and returns its id. */
  String addHost(int n) {
    JsonNode job =
        completed(
            api.post(
                "api/v1/hosts/actions/add",
                json(
                    "address", Lab.ip(n),
                    "connectionUri", Lab.uri(n),
                    "name", unique("h" + n),
                    "runAsAccountId", runAsId,
                    "hostGroupId", groupId)));
    return result(job).path("hostId").asText();
  }

  /** The job a 202 answer points to, once it ended; fails unless it Completed. */
  JsonNode completed(Reply accepted) {
    JsonNode j = ended(accepted);
    assertThat(j.path("status").asText())
        .as(() -> j + ServerLog.incident(j.path("error").path("message").asText()))
        .isEqualTo("COMPLETED");
    return j;
  }

  /** The job a 202 answer points to, once it ended. */
  JsonNode ended(Reply accepted) {
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    String location = accepted.header("Location");
    String path = location.substring(location.indexOf("api/v1/"));
    return await(
        path,
        j -> Set.of("COMPLETED", "FAILED", "CANCELLED").contains(j.path("status").asText()),
        JOB_TIMEOUT);
  }

  static JsonNode result(JsonNode job) {
    try {
      return ApiClient.json().readTree(job.path("result").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Polls {@code path} until {@code condition} holds. */
  JsonNode await(String path, Predicate<JsonNode> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      Reply r = api.get(path);
      assertThat(r.status()).as(r.toString()).isEqualTo(200);
      last = r.body();
      if (condition.test(last)) {
        return last;
      }
      JobsApiIT.sleep(100);
    }
    throw new AssertionError("Timed out waiting on " + path + "; last state: " + last);
  }

  JsonNode vm(String id) {
    return api.get("api/v1/vms/" + id).body();
  }

  JsonNode host(String id) {
    return api.get("api/v1/hosts/" + id).body();
  }

  /** The VM named {@code name} on host {@code hostId}, once the inventory has it. */
  JsonNode vmNamed(String hostId, String name, Duration timeout) {
    JsonNode page =
        await(
            "api/v1/vms?hostId=" + hostId + "&name=" + name,
            p -> p.path("total").asInt() == 1,
            timeout);
    return page.path("items").get(0);
  }

  /** Changes a host, retrying when a refresh changed it between reading and writing. */
  void patchHost(String hostId, Map<String, Object> changes) {
    patch("api/v1/hosts/" + hostId, changes);
  }

  /** Changes an object, retrying when background work changed it between reading and writing. */
  void patch(String path, Map<String, Object> changes) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Reply r = api.patch(path, changes, api.get(path).etag());
      if (r.status() == 200) {
        return;
      }
      assertThat(r.status()).as(r.toString()).isEqualTo(412);
    }
    throw new AssertionError(path + " kept changing");
  }

  /** Defines the tiny lab guest on lab host {@code n} with virsh, outside Vireo. */
  void defineOutside(int n, String name) {
    Path disk = lab.sharedDisk(name, "64M");
    Path xml = Lab.SHARED.resolve(name + ".xml");
    try {
      Files.writeString(xml, lab.guestXml(name, disk));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    virsh(n, "define", xml.toString());
  }

  String virsh(int n, String... args) {
    String[] command = new String[args.length + 2];
    command[0] = "virsh";
    command[1] = "--connect=qemu:///system";
    System.arraycopy(args, 0, command, 2, args.length);
    return lab.exec(n, command);
  }

  /** Sets {@code Settings\Inventory\HostRefreshIntervalSeconds}. */
  void setRefreshInterval(int seconds) {
    String key = "api/v1/settings/keys/Settings/Inventory";
    if (api.get(key).status() == 404) {
      api.put(key, null, null);
    }
    Reply r =
        api.put(
            key.replace("/keys/", "/values/") + "?name=HostRefreshIntervalSeconds",
            Map.of("kind", "DWord", "data", seconds),
            api.get(key).etag());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  /** A small hardware profile for tiny TCG VMs. */
  String profile() {
    return new InventoryFixture(api)
        .created(
            "api/v1/hardware-profiles",
            json(
                "name",
                unique("tiny"),
                "vcpu",
                1,
                "memoryMb",
                64,
                "nicCount",
                0,
                "diskBus",
                "virtio"))
        .body()
        .path("id")
        .asText();
  }

  /** Creates a stopped VM on {@code hostId} with a new 64 MiB disk in {@code pool}. */
  String createVm(String hostId, String name, String profileId, String pool) {
    JsonNode job =
        completed(
            api.post(
                "api/v1/vms/actions/create",
                json(
                    "name", name,
                    "hostId", hostId,
                    "hardwareProfileId", profileId,
                    "pool", pool,
                    "diskSizeBytes", 64L << 20,
                    "domainType", "qemu")));
    return result(job).path("vmId").asText();
  }

  JsonNode vmAction(String vmId, String action, Object body) {
    return completed(api.post("api/v1/vms/" + vmId + "/actions/" + action, body));
  }
}
