package dev.vireo.server.inventory.api;

import dev.vireo.server.inventory.application.CloudService.CloudView;
import dev.vireo.server.inventory.application.HostClusterService.ClusterView;
import dev.vireo.server.inventory.domain.CloudQuota;
import dev.vireo.server.inventory.domain.HardwareProfile;
import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.inventory.domain.HostGroup;
import dev.vireo.server.inventory.domain.LibraryResource;
import dev.vireo.server.inventory.domain.LibraryServer;
import dev.vireo.server.inventory.domain.LibraryShare;
import dev.vireo.server.inventory.domain.Vm;
import dev.vireo.server.inventory.domain.VmDisk;
import dev.vireo.server.inventory.domain.VmFootprint;
import dev.vireo.server.inventory.domain.VmNic;
import dev.vireo.server.inventory.domain.VmPlacement;
import dev.vireo.server.inventory.domain.VmTemplate;
import dev.vireo.server.shared.api.EntityTags;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * JSON shapes the inventory API returns. Every object carries {@code id}, {@code name}, {@code
 * etag}.
 */
public final class InventoryRepresentations {
  private InventoryRepresentations() {}

  public record HostGroupRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String parentId,
      String path,
      int depth,
      Instant createdAt,
      Instant modifiedAt) {
    static HostGroupRepresentation of(HostGroup g) {
      return new HostGroupRepresentation(
          g.id(),
          g.name(),
          EntityTags.quoted(g.version()),
          g.description(),
          g.parentId().orElse(null),
          g.path(),
          g.depth(),
          g.createdAt(),
          g.modifiedAt());
    }
  }

  public record CapacityRepresentation(int cpuCores, long memoryBytes, long storageBytes) {}

  public record HostRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String address,
      String hypervisorKind,
      String connectionUri,
      String runAsAccountId,
      String hostGroupId,
      String clusterId,
      String status,
      String statusReason,
      CapacityRepresentation capacity,
      Instant createdAt,
      Instant modifiedAt) {
    static HostRepresentation of(Host h) {
      return new HostRepresentation(
          h.id(),
          h.name(),
          EntityTags.quoted(h.version()),
          h.description(),
          h.address(),
          h.hypervisorKind().name(),
          h.connectionUri(),
          h.runAsAccountId(),
          h.hostGroupId(),
          h.clusterId().orElse(null),
          h.status().name(),
          h.statusReason(),
          new CapacityRepresentation(
              h.capacity().cpuCores(), h.capacity().memoryBytes(), h.capacity().storageBytes()),
          h.createdAt(),
          h.modifiedAt());
    }
  }

  public record HostClusterRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String hostGroupId,
      List<String> hostIds) {
    static HostClusterRepresentation of(ClusterView v) {
      return new HostClusterRepresentation(
          v.cluster().id(),
          v.cluster().name(),
          EntityTags.quoted(v.cluster().version()),
          v.cluster().description(),
          v.cluster().hostGroupId(),
          v.hostIds());
    }
  }

  public record DiskRepresentation(
      String path, String format, long capacityBytes, String bus, String target) {
    static DiskRepresentation of(VmDisk d) {
      return new DiskRepresentation(
          d.path(), d.format(), d.capacityBytes(), d.bus().name(), d.target());
    }
  }

  public record NicRepresentation(String macAddress, String network, String model) {
    static NicRepresentation of(VmNic n) {
      return new NicRepresentation(n.macAddress(), n.network(), n.model());
    }
  }

  public record VmRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String hypervisorId,
      String hostId,
      String cloudId,
      String ownerUserId,
      String status,
      int vcpu,
      long memoryMb,
      long storageBytes,
      List<DiskRepresentation> disks,
      List<NicRepresentation> nics,
      Instant createdAt,
      Instant modifiedAt) {
    static VmRepresentation of(Vm v) {
      var hw = v.hardware();
      return new VmRepresentation(
          v.id(),
          v.name(),
          EntityTags.quoted(v.version()),
          v.description(),
          v.hypervisorId(),
          v.hostId().orElse(null),
          v.cloudId().orElse(null),
          v.ownerUserId().orElse(null),
          v.status().name(),
          hw.vcpu(),
          hw.memoryMb(),
          hw.storageBytes(),
          hw.disks().stream().map(DiskRepresentation::of).toList(),
          hw.nics().stream().map(NicRepresentation::of).toList(),
          v.createdAt(),
          v.modifiedAt());
    }
  }

  /** One entry of a VM's placement history: immutable, so it has no etag. */
  public record VmPlacementRepresentation(
      String id,
      String vmId,
      String fromHostId,
      String toHostId,
      Instant at,
      boolean storageMoved,
      String initiator,
      String initiatedBy) {
    static VmPlacementRepresentation of(VmPlacement p) {
      return new VmPlacementRepresentation(
          p.id(),
          p.vmId(),
          p.fromHostId().orElse(null),
          p.toHostId().orElse(null),
          p.placedAt(),
          p.storageMoved(),
          p.initiator().name(),
          p.initiatedBy());
    }
  }

  public record QuotaRepresentation(
      Integer maxVms, Integer maxVcpu, Long maxMemoryMb, Long maxStorageBytes) {
    static QuotaRepresentation of(CloudQuota q) {
      return new QuotaRepresentation(
          q.maxVms().orElse(null),
          q.maxVcpu().orElse(null),
          q.maxMemoryMb().orElse(null),
          q.maxStorageBytes().orElse(null));
    }
  }

  public record UsageRepresentation(long vms, long vcpu, long memoryMb, long storageBytes) {
    static UsageRepresentation of(VmFootprint f) {
      return new UsageRepresentation(f.vms(), f.vcpu(), f.memoryMb(), f.storageBytes());
    }
  }

  public record CloudRepresentation(
      String id,
      String name,
      String etag,
      String description,
      Set<String> hostGroupIds,
      Set<String> libraryShareIds,
      QuotaRepresentation quota,
      UsageRepresentation usage) {
    static CloudRepresentation of(CloudView v) {
      var c = v.cloud();
      return new CloudRepresentation(
          c.id(),
          c.name(),
          EntityTags.quoted(c.version()),
          c.description(),
          c.hostGroupIds(),
          c.libraryShareIds(),
          QuotaRepresentation.of(c.quota()),
          UsageRepresentation.of(v.usage()));
    }
  }

  public record LibraryServerRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String address,
      String runAsAccountId,
      String status,
      String statusReason) {
    static LibraryServerRepresentation of(LibraryServer s) {
      return new LibraryServerRepresentation(
          s.id(),
          s.name(),
          EntityTags.quoted(s.version()),
          s.description(),
          s.address(),
          s.runAsAccountId().orElse(null),
          s.status().name(),
          s.statusReason());
    }
  }

  public record LibraryShareRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String libraryServerId,
      String path) {
    static LibraryShareRepresentation of(LibraryShare s) {
      return new LibraryShareRepresentation(
          s.id(),
          s.name(),
          EntityTags.quoted(s.version()),
          s.description(),
          s.libraryServerId(),
          s.path());
    }
  }

  public record LibraryResourceRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String libraryShareId,
      String relativePath,
      String type,
      long sizeBytes,
      String sha256) {
    static LibraryResourceRepresentation of(LibraryResource r) {
      return new LibraryResourceRepresentation(
          r.id(),
          r.name(),
          EntityTags.quoted(r.version()),
          r.description(),
          r.libraryShareId(),
          r.relativePath(),
          r.type().name(),
          r.sizeBytes(),
          r.sha256().orElse(null));
    }
  }

  public record HardwareProfileRepresentation(
      String id,
      String name,
      String etag,
      String description,
      int vcpu,
      long memoryMb,
      int nicCount,
      String diskBus) {
    static HardwareProfileRepresentation of(HardwareProfile p) {
      return new HardwareProfileRepresentation(
          p.id(),
          p.name(),
          EntityTags.quoted(p.version()),
          p.description(),
          p.vcpu(),
          p.memoryMb(),
          p.nicCount(),
          p.diskBus().name());
    }
  }

  public record VmTemplateRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String hardwareProfileId,
      String diskResourceId,
      String operatingSystem) {
    static VmTemplateRepresentation of(VmTemplate t) {
      return new VmTemplateRepresentation(
          t.id(),
          t.name(),
          EntityTags.quoted(t.version()),
          t.description(),
          t.hardwareProfileId(),
          t.diskResourceId(),
          t.operatingSystem());
    }
  }
}
