package dev.vireo.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.it.ApiClient.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds inventory objects over the API for integration tests; every name is unique per run. */
final class InventoryFixture {
  static final String ROOT = "00000000-0000-0000-0000-000000000001";

  private final ApiClient api;

  InventoryFixture(ApiClient api) {
    this.api = api;
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A JSON object from alternating keys and values; null values are kept (sent as null). */
  static Map<String, Object> json(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static String mac(int n) {
    return String.format("52:54:00:00:%02x:%02x", (n >> 8) & 0xff, n & 0xff);
  }

  Reply created(String path, Object body) {
    Reply r = api.post(path, body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r;
  }

  String runAs() {
    return created(
            "api/v1/run-as-accounts",
            json("name", unique("runas"), "userName", "root", "secret", "s3cret-for-tests"))
        .body()
        .path("id")
        .asText();
  }

  String group(String parentId) {
    return created("api/v1/host-groups", json("name", unique("hg"), "parentId", parentId))
        .body()
        .path("id")
        .asText();
  }

  String host(String groupId, String runAsId) {
    return created("api/v1/hosts", hostBody(unique("kvm"), groupId, runAsId))
        .body()
        .path("id")
        .asText();
  }

  static Map<String, Object> hostBody(String name, String groupId, String runAsId) {
    return json(
        "name",
        name,
        "address",
        name + ".lab.example",
        "hypervisorKind",
        "KVM",
        "connectionUri",
        "qemu+ssh://root@" + name + "/system",
        "runAsAccountId",
        runAsId,
        "hostGroupId",
        groupId,
        "capacity",
        json("cpuCores", 32, "memoryBytes", 137438953472L, "storageBytes", 2000000000000L));
  }

  static Map<String, Object> vmBody(
      String name, String hostId, String cloudId, int vcpu, long memoryMb, long diskBytes) {
    return json(
        "name",
        name,
        "hostId",
        hostId,
        "cloudId",
        cloudId,
        "status",
        "RUNNING",
        "vcpu",
        vcpu,
        "memoryMb",
        memoryMb,
        "disks",
        List.of(
            json(
                "path",
                "/var/lib/libvirt/images/" + name + ".qcow2",
                "format",
                "qcow2",
                "capacityBytes",
                diskBytes,
                "bus",
                "virtio",
                "target",
                "vda")),
        "nics",
        List.of(
            json(
                "macAddress",
                mac(name.hashCode() & 0xffff),
                "network",
                "default",
                "model",
                "virtio")));
  }

  String vm(String hostId, String cloudId) {
    return created("api/v1/vms", vmBody(unique("vm"), hostId, cloudId, 2, 2048, 10_000_000_000L))
        .body()
        .path("id")
        .asText();
  }

  String cloud(List<String> groupIds, Map<String, Object> quota) {
    return created(
            "api/v1/clouds",
            json("name", unique("cloud"), "hostGroupIds", groupIds, "quota", quota))
        .body()
        .path("id")
        .asText();
  }

  /** A user in a new role of {@code profile} with the given scope; returns the user's client. */
  ApiClient userInRole(
      ApiClient anonymous, String profile, List<String> hostGroupIds, List<String> cloudIds) {
    String name = unique("u");
    String password = "Sc0pe-Test-Passw0rd!";
    String userId =
        created("api/v1/users", json("name", name, "password", password))
            .body()
            .path("id")
            .asText();
    created(
        "api/v1/user-roles",
        json(
            "name",
            unique("role"),
            "description",
            "scope test",
            "profile",
            profile,
            "hostGroupIds",
            hostGroupIds,
            "cloudIds",
            cloudIds,
            "memberIds",
            List.of(userId)));
    return anonymous.basic(name, password);
  }

  static String userIdOf(ApiClient user) {
    return user.get("api/v1/me").body().path("id").asText();
  }
}
