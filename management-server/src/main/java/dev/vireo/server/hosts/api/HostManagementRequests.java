package dev.vireo.server.hosts.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON bodies of the host-management actions; absent fields take the job's defaults. */
public final class HostManagementRequests {
  private HostManagementRequests() {}

  public record AddHostRequest(
      String address,
      String connectionUri,
      String runAsAccountId,
      String hostGroupId,
      String name,
      String description,
      String hypervisorKind) {
    Map<String, Object> parameters() {
      return params(
          "address",
          address,
          "connectionUri",
          connectionUri,
          "runAsAccountId",
          runAsAccountId,
          "hostGroupId",
          hostGroupId,
          "name",
          name,
          "description",
          description,
          "hypervisorKind",
          hypervisorKind);
    }
  }

  public record MaintenanceRequest(String reason) {
    Map<String, Object> parameters() {
      return params("reason", reason);
    }
  }

  public record CreateVmRequest(
      String name,
      String description,
      String hostId,
      String hardwareProfileId,
      String pool,
      Long diskSizeBytes,
      String diskPath,
      String domainType) {
    Map<String, Object> parameters() {
      return params(
          "name",
          name,
          "description",
          description,
          "hostId",
          hostId,
          "hardwareProfileId",
          hardwareProfileId,
          "pool",
          pool,
          "diskSizeBytes",
          diskSizeBytes,
          "diskPath",
          diskPath,
          "domainType",
          domainType);
    }
  }

  /** Body of {@code /vms/{id}/actions/migrate} and {@code delete}; other actions need none. */
  public record VmActionRequest(
      String targetHostId,
      String storage,
      String targetPool,
      String targetPath,
      Boolean deleteDisks) {
    Map<String, Object> parameters() {
      return params(
          "targetHostId",
          targetHostId,
          "storage",
          storage,
          "targetPool",
          targetPool,
          "targetPath",
          targetPath,
          "deleteDisks",
          deleteDisks);
    }
  }

  /** A parameter map from alternating names and values, without the absent (null) ones. */
  static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }
}
