package dev.vireo.drivers.libvirt;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.vireo.drivers.spi.DiskFormat;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.HostInfo;
import dev.vireo.drivers.spi.HostUuid;
import dev.vireo.drivers.spi.StoragePoolInfo;
import dev.vireo.drivers.spi.StorageVolumeInfo;
import dev.vireo.drivers.spi.VolumeSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/** Host facts, storage pools and volumes over one session. */
final class HostOps {
  private final LibvirtSession session;
  private final LibvirtNative api;

  HostOps(LibvirtSession session) {
    this.session = session;
    this.api = session.api;
  }

  String capabilitiesXml() {
    return session.call(
        c ->
            Libvirt.takeString(session.checkPtr(api.virConnectGetCapabilities(c), "capabilities")));
  }

  HostInfo hostInfo() {
    Element caps = Xml.parse(capabilitiesXml()).getDocumentElement();
    HostUuid uuid =
        Xml.text(caps, "host", "uuid")
            .map(HostUuid::parse)
            .orElseThrow(
                () ->
                    new DriverException(
                        DriverErrorKind.OPERATION_FAILED, "host capabilities carry no UUID"));
    return session.call(
        c -> {
          LibvirtNative.VirNodeInfo node = new LibvirtNative.VirNodeInfo();
          session.check(api.virNodeGetInfo(c, node), "node info");
          node.read();
          String hostname =
              Libvirt.takeString(session.checkPtr(api.virConnectGetHostname(c), "hostname"));
          NativeLongByReference version = new NativeLongByReference();
          session.check(api.virConnectGetVersion(c, version), "hypervisor version");
          String model = Xml.text(caps, "host", "cpu", "model").orElse(cString(node.model));
          return new HostInfo(
              uuid,
              hostname,
              api.virConnectGetType(c),
              versionText(version.getValue().longValue()),
              new HostInfo.CpuInfo(
                  model, node.cpus, node.mhz, node.sockets, node.cores, node.threads),
              node.memory.longValue() * 1024,
              api.virNodeGetFreeMemory(c),
              listPools());
        });
  }

  static String versionText(long v) {
    return (v / 1_000_000) + "." + (v / 1000 % 1000) + "." + (v % 1000);
  }

  private static String cString(byte[] bytes) {
    int n = 0;
    while (n < bytes.length && bytes[n] != 0) {
      n++;
    }
    return new String(bytes, 0, n, StandardCharsets.US_ASCII);
  }

  List<StoragePoolInfo> listPools() {
    return session.call(
        c -> {
          PointerByReference ref = new PointerByReference();
          int n = session.check(api.virConnectListAllStoragePools(c, ref, 0), "list pools");
          if (n == 0) {
            return List.<StoragePoolInfo>of();
          }
          Pointer[] pools = ref.getValue().getPointerArray(0, n);
          try {
            List<StoragePoolInfo> result = new ArrayList<>();
            for (Pointer pool : pools) {
              result.add(describePool(pool));
            }
            return result;
          } finally {
            for (Pointer pool : pools) {
              api.virStoragePoolFree(pool);
            }
            Native.free(Pointer.nativeValue(ref.getValue()));
          }
        });
  }

  private StoragePoolInfo describePool(Pointer pool) {
    LibvirtNative.VirStoragePoolInfo info = new LibvirtNative.VirStoragePoolInfo();
    session.check(api.virStoragePoolGetInfo(pool, info), "pool info");
    info.read();
    String xml =
        Libvirt.takeString(session.checkPtr(api.virStoragePoolGetXMLDesc(pool, 0), "pool"));
    Optional<String> path = Xml.text(Xml.parse(xml).getDocumentElement(), "target", "path");
    return new StoragePoolInfo(
        api.virStoragePoolGetName(pool),
        path,
        info.state == 2,
        info.capacity,
        info.allocation,
        info.available);
  }

  StorageVolumeInfo createVolume(String poolName, VolumeSpec spec) {
    String xml = volumeXml(spec);
    return session.call(
        c -> {
          Pointer pool =
              session.checkPtr(api.virStoragePoolLookupByName(c, poolName), "pool " + poolName);
          try {
            Pointer vol =
                session.checkPtr(
                    api.virStorageVolCreateXML(pool, xml, 0), "create volume " + spec.name());
            try {
              return describeVolume(vol, poolName);
            } finally {
              api.virStorageVolFree(vol);
            }
          } finally {
            api.virStoragePoolFree(pool);
          }
        });
  }

  /**
   * Sparse volume XML. qcow2 volumes ask for compat 1.1 explicitly: libvirt's default is 0.10
   * (qcow2 v2), which cannot hold persistent dirty bitmaps, so checkpoints would be lost when a
   * disk is copied onto such a volume during migration.
   */
  static String volumeXml(VolumeSpec spec) {
    String compat = spec.format() == DiskFormat.QCOW2 ? "<compat>1.1</compat>" : "";
    return "<volume><name>"
        + Xml.escape(spec.name())
        + "</name><capacity unit='bytes'>"
        + spec.capacityBytes()
        + "</capacity><allocation>0</allocation><target><format type='"
        + spec.format().xmlName()
        + "'/>"
        + compat
        + "</target></volume>";
  }

  Optional<StorageVolumeInfo> findVolume(String path) {
    return session.call(
        c -> {
          Pointer vol = api.virStorageVolLookupByPath(c, path);
          if (vol == null) {
            DriverException e = session.error(LibvirtErrorClassifier.Phase.CALL, "volume " + path);
            if (e.kind() == DriverErrorKind.NOT_FOUND) {
              return Optional.<StorageVolumeInfo>empty();
            }
            throw e;
          }
          try {
            return Optional.of(describeVolume(vol, poolOf(vol)));
          } finally {
            api.virStorageVolFree(vol);
          }
        });
  }

  boolean deleteVolume(String path) {
    return session.call(
        c -> {
          Pointer vol = api.virStorageVolLookupByPath(c, path);
          if (vol == null) {
            DriverException e = session.error(LibvirtErrorClassifier.Phase.CALL, "volume " + path);
            if (e.kind() == DriverErrorKind.NOT_FOUND) {
              return false;
            }
            throw e;
          }
          try {
            session.check(api.virStorageVolDelete(vol, 0), "delete volume " + path);
            return true;
          } finally {
            api.virStorageVolFree(vol);
          }
        });
  }

  private String poolOf(Pointer vol) {
    Pointer pool = session.checkPtr(api.virStoragePoolLookupByVolume(vol), "pool of volume");
    try {
      return api.virStoragePoolGetName(pool);
    } finally {
      api.virStoragePoolFree(pool);
    }
  }

  private StorageVolumeInfo describeVolume(Pointer vol, String pool) {
    LibvirtNative.VirStorageVolInfo info = new LibvirtNative.VirStorageVolInfo();
    session.check(api.virStorageVolGetInfo(vol, info), "volume info");
    info.read();
    String xml = Libvirt.takeString(session.checkPtr(api.virStorageVolGetXMLDesc(vol, 0), "vol"));
    DiskFormat format =
        Xml.child(Xml.parse(xml).getDocumentElement(), "target", "format")
            .flatMap(f -> Xml.attr(f, "type"))
            .map(DiskFormat::fromXmlName)
            .orElse(DiskFormat.OTHER);
    String path = Libvirt.takeString(session.checkPtr(api.virStorageVolGetPath(vol), "vol path"));
    return new StorageVolumeInfo(
        pool, api.virStorageVolGetName(vol), path, format, info.capacity, info.allocation);
  }
}
