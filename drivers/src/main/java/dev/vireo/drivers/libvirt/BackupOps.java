package dev.vireo.drivers.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import dev.vireo.drivers.spi.BackupExport;
import dev.vireo.drivers.spi.CheckpointDeletion;
import dev.vireo.drivers.spi.CheckpointInfo;
import dev.vireo.drivers.spi.CheckpointSpec;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.JobProgress;
import dev.vireo.drivers.spi.PullBackupSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Checkpoints, pull backups and domain jobs over one session. */
final class BackupOps {
  private static final int CHECKPOINT_REDEFINE = 1;
  private static final int CHECKPOINT_REDEFINE_VALIDATE = 4;
  private static final int LIST_TOPOLOGICAL = 2;
  private static final int DELETE_METADATA_ONLY = 2;

  private final LibvirtSession session;
  private final LibvirtNative api;
  private final DomainOps domains;

  BackupOps(LibvirtSession session, DomainOps domains) {
    this.session = session;
    this.api = session.api;
    this.domains = domains;
  }

  CheckpointInfo createCheckpoint(DomainUuid uuid, CheckpointSpec spec) {
    return createFromXml(uuid, CheckpointXml.create(spec), 0, "create checkpoint " + spec.name());
  }

  /** On a running domain libvirt also checks that the disks still hold the bitmaps. */
  CheckpointInfo redefineCheckpoint(DomainUuid uuid, String xml) {
    boolean running = session.withDomain(uuid, dom -> domains.state(dom).isActive());
    int flags = CHECKPOINT_REDEFINE | (running ? CHECKPOINT_REDEFINE_VALIDATE : 0);
    return createFromXml(uuid, xml, flags, "redefine checkpoint");
  }

  private CheckpointInfo createFromXml(DomainUuid uuid, String xml, int flags, String what) {
    return session.withDomain(
        uuid,
        dom -> {
          Pointer cp = session.checkPtr(api.virDomainCheckpointCreateXML(dom, xml, flags), what);
          try {
            return describe(cp);
          } finally {
            api.virDomainCheckpointFree(cp);
          }
        });
  }

  List<CheckpointInfo> listCheckpoints(DomainUuid uuid) {
    return session.withDomain(
        uuid,
        dom -> {
          PointerByReference ref = new PointerByReference();
          int n =
              session.check(
                  api.virDomainListAllCheckpoints(dom, ref, LIST_TOPOLOGICAL), "list checkpoints");
          if (n == 0) {
            return List.<CheckpointInfo>of();
          }
          Pointer[] cps = ref.getValue().getPointerArray(0, n);
          try {
            List<CheckpointInfo> result = new ArrayList<>(n);
            for (Pointer cp : cps) {
              result.add(describe(cp));
            }
            result.sort(Comparator.comparing(CheckpointInfo::createdAt));
            return result;
          } finally {
            for (Pointer cp : cps) {
              api.virDomainCheckpointFree(cp);
            }
            Native.free(Pointer.nativeValue(ref.getValue()));
          }
        });
  }

  void deleteCheckpoint(DomainUuid uuid, String name, CheckpointDeletion mode) {
    int flags = mode == CheckpointDeletion.METADATA_ONLY ? DELETE_METADATA_ONLY : 0;
    session.withDomain(
        uuid,
        dom -> {
          Pointer cp =
              session.checkPtr(
                  api.virDomainCheckpointLookupByName(dom, name, 0), "look up checkpoint " + name);
          try {
            session.check(api.virDomainCheckpointDelete(cp, flags), "delete checkpoint " + name);
          } finally {
            api.virDomainCheckpointFree(cp);
          }
          return null;
        });
  }

  private CheckpointInfo describe(Pointer cp) {
    return CheckpointXml.parse(
        Libvirt.takeString(
            session.checkPtr(api.virDomainCheckpointGetXMLDesc(cp, 0), "checkpoint XML")));
  }

  BackupExport beginPullBackup(DomainUuid uuid, PullBackupSpec spec) {
    return session.withDomain(
        uuid,
        dom -> {
          List<String> disks = spec.disks().isEmpty() ? diskTargets(dom) : spec.disks();
          String tag = UUID.randomUUID().toString().substring(0, 8);
          String backupXml = BackupXml.pull(spec, disks, tag);
          String checkpointXml = spec.newCheckpoint().map(CheckpointXml::create).orElse(null);
          session.check(
              api.virDomainBackupBegin(dom, backupXml, checkpointXml, 0),
              "begin backup of " + uuid);
          String desc =
              Libvirt.takeString(
                  session.checkPtr(api.virDomainBackupGetXMLDesc(dom, 0), "backup XML"));
          return BackupXml.parseExport(desc, spec.endpoint());
        });
  }

  private List<String> diskTargets(Pointer dom) {
    List<String> targets =
        DomainXml.parse(domains.xmlOf(dom, 0)).disks().stream()
            .filter(d -> "disk".equals(d.device()) && d.path().isPresent())
            .map(d -> d.target())
            .toList();
    if (targets.isEmpty()) {
      throw new DriverException(DriverErrorKind.INVALID_ARGUMENT, "domain has no disks to back up");
    }
    return targets;
  }

  JobProgress jobProgress(DomainUuid uuid) {
    return session.withDomain(uuid, this::jobProgress);
  }

  JobProgress jobProgress(Pointer dom) {
    LibvirtNative.VirDomainJobInfo info = new LibvirtNative.VirDomainJobInfo();
    session.check(api.virDomainGetJobInfo(dom, info), "get job info");
    info.read();
    return new JobProgress(
        jobType(info.type),
        Duration.ofMillis(info.timeElapsed),
        info.dataTotal,
        info.dataProcessed,
        info.dataRemaining,
        info.memTotal,
        info.memProcessed);
  }

  static JobProgress.JobType jobType(int type) {
    return switch (type) {
      case 1 -> JobProgress.JobType.BOUNDED;
      case 2 -> JobProgress.JobType.UNBOUNDED;
      case 3 -> JobProgress.JobType.COMPLETED;
      case 4 -> JobProgress.JobType.FAILED;
      case 5 -> JobProgress.JobType.CANCELLED;
      default -> JobProgress.JobType.NONE;
    };
  }

  void abortJob(DomainUuid uuid) {
    session.withDomain(
        uuid, dom -> session.check(api.virDomainAbortJob(dom), "abort job of " + uuid));
  }
}
