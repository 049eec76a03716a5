package dev.vireo.server.inventory.api;

import java.util.List;

/**
 * JSON bodies the inventory API accepts. The same record serves create ({@code POST}) and partial
 * update ({@code PATCH}: absent fields stay unchanged).
 */
public final class InventoryRequests {
  private InventoryRequests() {}

  public record HostGroupRequest(String name, String description, String parentId) {}

  public record CapacityRequest(Integer cpuCores, Long memoryBytes, Long storageBytes) {}

  public record HostRequest(
      String name,
      String description,
      String address,
      String hypervisorKind,
      String connectionUri,
      String runAsAccountId,
      String hostGroupId,
      CapacityRequest capacity) {}

  public record HostActionRequest(String reason) {}

  public record HostClusterRequest(
      String name, String description, String hostGroupId, List<String> hostIds) {}

  public record DiskRequest(
      String path, String format, Long capacityBytes, String bus, String target) {}

  public record NicRequest(String macAddress, String network, String model) {}

  public record VmRequest(
      String name,
      String description,
      String hypervisorId,
      String hostId,
      String cloudId,
      String ownerUserId,
      String status,
      Integer vcpu,
      Long memoryMb,
      List<DiskRequest> disks,
      List<NicRequest> nics,
      Boolean storageMoved) {}

  public record QuotaRequest(
      Integer maxVms, Integer maxVcpu, Long maxMemoryMb, Long maxStorageBytes) {}

  public record CloudRequest(
      String name,
      String description,
      List<String> hostGroupIds,
      List<String> libraryShareIds,
      QuotaRequest quota) {}

  public record LibraryServerRequest(
      String name, String description, String address, String runAsAccountId) {}

  public record LibraryShareRequest(
      String name, String description, String libraryServerId, String path) {}

  public record LibraryResourceRequest(
      String name,
      String description,
      String libraryShareId,
      String relativePath,
      String type,
      Long sizeBytes,
      String sha256) {}

  public record HardwareProfileRequest(
      String name,
      String description,
      Integer vcpu,
      Long memoryMb,
      Integer nicCount,
      String diskBus) {}

  public record VmTemplateRequest(
      String name,
      String description,
      String hardwareProfileId,
      String diskResourceId,
      String operatingSystem) {}
}
