package dev.vireo.drivers.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainInfo.DiskInfo;
import dev.vireo.drivers.spi.DomainState;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.VireoVmId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Domain listing, definition, lifecycle and metadata over one session. */
final class DomainOps {
  private static final int UNDEFINE_ALL_METADATA = 1 | 2 | 4 | 16;
  private static final int METADATA_ELEMENT = 2;
  private static final int AFFECT_LIVE = 1;
  private static final int AFFECT_CONFIG = 2;

  private final LibvirtSession session;
  private final LibvirtNative api;

  DomainOps(LibvirtSession session) {
    this.session = session;
    this.api = session.api;
  }

  List<DomainInfo> list() {
    return session.call(
        conn -> {
          PointerByReference ref = new PointerByReference();
          int n = session.check(api.virConnectListAllDomains(conn, ref, 0), "list domains");
          if (n == 0) {
            return List.of();
          }
          Pointer[] doms = ref.getValue().getPointerArray(0, n);
          try {
            List<DomainInfo> result = new ArrayList<>(n);
            for (Pointer dom : doms) {
              describeUnlessGone(dom).ifPresent(result::add);
            }
            return result;
          } finally {
            for (Pointer dom : doms) {
              api.virDomainFree(dom);
            }
            Native.free(Pointer.nativeValue(ref.getValue()));
          }
        });
  }

  /** A domain can vanish between listing and describing; that is not an error. */
  private Optional<DomainInfo> describeUnlessGone(Pointer dom) {
    try {
      return Optional.of(describe(dom));
    } catch (DriverException e) {
      if (e.kind() == DriverErrorKind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  Optional<DomainInfo> find(DomainUuid uuid) {
    try {
      return Optional.of(get(uuid));
    } catch (DriverException e) {
      if (e.kind() == DriverErrorKind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  DomainInfo get(DomainUuid uuid) {
    return session.withDomain(uuid, this::describe);
  }

  String xml(DomainUuid uuid) {
    return session.withDomain(uuid, dom -> xmlOf(dom, 0));
  }

  DomainInfo define(String xml, Optional<VireoVmId> vmId) {
    String finalXml = vmId.map(id -> DomainXml.parse(xml).withVireoVmId(id)).orElse(xml);
    return session.call(
        conn -> {
          Pointer dom = session.checkPtr(api.virDomainDefineXML(conn, finalXml), "define domain");
          try {
            return describe(dom);
          } finally {
            api.virDomainFree(dom);
          }
        });
  }

  void start(DomainUuid uuid) {
    transition(uuid, s -> s.isActive(), dom -> api.virDomainCreate(dom), "start");
  }

  void shutdown(DomainUuid uuid) {
    transition(uuid, s -> !s.isActive(), dom -> api.virDomainShutdown(dom), "shut down");
  }

  void destroy(DomainUuid uuid) {
    transition(uuid, s -> !s.isActive(), dom -> api.virDomainDestroy(dom), "power off");
  }

  void suspend(DomainUuid uuid) {
    transition(uuid, s -> s == DomainState.PAUSED, dom -> api.virDomainSuspend(dom), "pause");
  }

  void resume(DomainUuid uuid) {
    transition(uuid, s -> s == DomainState.RUNNING, dom -> api.virDomainResume(dom), "resume");
  }

  void managedSave(DomainUuid uuid) {
    transition(
        uuid, s -> s == DomainState.SAVED, dom -> api.virDomainManagedSave(dom, 0), "save state");
  }

  private interface StateTest {
    boolean reached(DomainState state);
  }

  private interface NativeOp {
    int run(Pointer dom);
  }

  /**
   * Runs {@code op} unless the domain is already where it would take it. If the op fails with
   * INVALID_STATE because the domain got there concurrently, that counts as success.
   */
  private void transition(DomainUuid uuid, StateTest done, NativeOp op, String what) {
    session.withDomain(
        uuid,
        dom -> {
          if (done.reached(state(dom))) {
            return null;
          }
          if (op.run(dom) < 0) {
            DriverException e = session.error(LibvirtErrorClassifier.Phase.CALL, what + " " + uuid);
            if (e.kind() != DriverErrorKind.INVALID_STATE || !done.reached(state(dom))) {
              throw e;
            }
          }
          return null;
        });
  }

  boolean undefine(DomainUuid uuid) {
    try {
      return session.withDomain(
          uuid,
          dom -> {
            if (state(dom).isActive() && api.virDomainIsPersistent(dom) == 1) {
              throw new DriverException(
                  DriverErrorKind.INVALID_STATE, "domain " + uuid + " is running; stop it first");
            }
            session.check(api.virDomainUndefineFlags(dom, UNDEFINE_ALL_METADATA), "undefine");
            return true;
          });
    } catch (DriverException e) {
      if (e.kind() == DriverErrorKind.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  void setVireoVmId(DomainUuid uuid, VireoVmId id) {
    session.withDomain(
        uuid,
        dom -> {
          int flags = api.virDomainIsPersistent(dom) == 1 ? AFFECT_CONFIG : 0;
          flags |= state(dom).isActive() ? AFFECT_LIVE : 0;
          session.check(
              api.virDomainSetMetadata(
                  dom,
                  METADATA_ELEMENT,
                  DomainXml.metadataFragment(id),
                  DomainXml.METADATA_PREFIX,
                  DomainXml.METADATA_NS,
                  flags),
              "set Vireo metadata on " + uuid);
          return null;
        });
  }

  DomainState state(Pointer dom) {
    IntByReference state = new IntByReference();
    IntByReference reason = new IntByReference();
    session.check(api.virDomainGetState(dom, state, reason, 0), "get domain state");
    boolean saved = state.getValue() == 5 && api.virDomainHasManagedSaveImage(dom, 0) == 1;
    return DomainStates.of(state.getValue(), saved);
  }

  DomainInfo describe(Pointer dom) {
    DomainXml xml = DomainXml.parse(xmlOf(dom, 0));
    DomainState state = state(dom);
    List<DiskInfo> disks = xml.disks().stream().map(d -> withCapacity(dom, d)).toList();
    return new DomainInfo(
        xml.uuid().orElseGet(() -> uuidOf(dom)),
        xml.name(),
        state,
        xml.vcpus(),
        xml.memoryBytes(),
        disks,
        xml.nics(),
        xml.vireoVmId(),
        api.virDomainIsPersistent(dom) == 1);
  }

  private DiskInfo withCapacity(Pointer dom, DiskInfo disk) {
    if (disk.path().isEmpty() || !"disk".equals(disk.device())) {
      return disk;
    }
    LibvirtNative.VirDomainBlockInfo info = new LibvirtNative.VirDomainBlockInfo();
    if (api.virDomainGetBlockInfo(dom, disk.target(), info, 0) < 0) {
      api.virResetLastError();
      return disk;
    }
    info.read();
    return new DiskInfo(
        disk.target(),
        disk.path(),
        disk.format(),
        Optional.of(info.capacity),
        disk.bus(),
        disk.device());
  }

  String xmlOf(Pointer dom, int flags) {
    return Libvirt.takeString(session.checkPtr(api.virDomainGetXMLDesc(dom, flags), "domain XML"));
  }

  DomainUuid uuidOf(Pointer dom) {
    byte[] buf = new byte[37];
    session.check(api.virDomainGetUUIDString(dom, buf), "domain UUID");
    return DomainUuid.parse(new String(buf, 0, 36, StandardCharsets.US_ASCII));
  }
}
