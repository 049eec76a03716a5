package dev.vireo.drivers.libvirt;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Typed JNA bindings to the parts of {@code libvirt.so.0} Vireo uses. Pointers are opaque libvirt
 * handles ({@code virConnectPtr}, {@code virDomainPtr}, ...). Functions returning {@code char *}
 * the caller must free are declared as {@link Pointer}; read them with {@link
 * NativeStrings#takeString}.
 */
interface LibvirtNative extends Library {

  /** Loads the library; fails with {@link UnsatisfiedLinkError} when libvirt is missing. */
  static LibvirtNative load() {
    return Native.load("virt", LibvirtNative.class);
  }

  // ---- callbacks (keep every instance strongly reachable while libvirt may call it)

  interface ErrorFunc extends Callback {
    void invoke(Pointer userData, Pointer error);
  }

  interface AuthCallback extends Callback {
    int invoke(Pointer creds, int ncred, Pointer cbdata);
  }

  interface CloseCallback extends Callback {
    void invoke(Pointer conn, int reason, Pointer opaque);
  }

  interface FreeCallback extends Callback {
    void invoke(Pointer opaque);
  }

  interface LifecycleCallback extends Callback {
    int invoke(Pointer conn, Pointer dom, int event, int detail, Pointer opaque);
  }

  // ---- structs

  /** {@code virError}. */
  @Structure.FieldOrder({
    "code", "domain", "message", "level", "conn", "dom", "str1", "str2", "str3", "int1", "int2",
    "net"
  })
  class VirError extends Structure {
    public int code;
    public int domain;
    public String message;
    public int level;
    public Pointer conn;
    public Pointer dom;
    public String str1;
    public String str2;
    public String str3;
    public int int1;
    public int int2;
    public Pointer net;

    public VirError(Pointer p) {
      super(p);
      read();
    }
  }

  /** {@code virConnectCredential}. */
  @Structure.FieldOrder({"type", "prompt", "challenge", "defresult", "result", "resultlen"})
  class VirConnectCredential extends Structure {
    public int type;
    public String prompt;
    public String challenge;
    public String defresult;
    public Pointer result;
    public int resultlen;

    public VirConnectCredential() {}

    public VirConnectCredential(Pointer p) {
      super(p);
    }
  }

  /** {@code virConnectAuth}. */
  @Structure.FieldOrder({"credtype", "ncredtype", "cb", "cbdata"})
  class VirConnectAuth extends Structure {
    public Pointer credtype;
    public int ncredtype;
    public AuthCallback cb;
    public Pointer cbdata;
  }

  /** {@code virNodeInfo}. */
  @Structure.FieldOrder({"model", "memory", "cpus", "mhz", "nodes", "sockets", "cores", "threads"})
  class VirNodeInfo extends Structure {
    public byte[] model = new byte[32];
    public NativeLong memory;
    public int cpus;
    public int mhz;
    public int nodes;
    public int sockets;
    public int cores;
    public int threads;
  }

  /** {@code virDomainJobInfo}. */
  @Structure.FieldOrder({
    "type", "timeElapsed", "timeRemaining", "dataTotal", "dataProcessed", "dataRemaining",
    "memTotal", "memProcessed", "memRemaining", "fileTotal", "fileProcessed", "fileRemaining"
  })
  class VirDomainJobInfo extends Structure {
    public int type;
    public long timeElapsed;
    public long timeRemaining;
    public long dataTotal;
    public long dataProcessed;
    public long dataRemaining;
    public long memTotal;
    public long memProcessed;
    public long memRemaining;
    public long fileTotal;
    public long fileProcessed;
    public long fileRemaining;
  }

  /** {@code virDomainBlockInfo}. */
  @Structure.FieldOrder({"capacity", "allocation", "physical"})
  class VirDomainBlockInfo extends Structure {
    public long capacity;
    public long allocation;
    public long physical;
  }

  /** {@code virStoragePoolInfo}. */
  @Structure.FieldOrder({"state", "capacity", "allocation", "available"})
  class VirStoragePoolInfo extends Structure {
    public int state;
    public long capacity;
    public long allocation;
    public long available;
  }

  /** {@code virStorageVolInfo}. */
  @Structure.FieldOrder({"type", "capacity", "allocation"})
  class VirStorageVolInfo extends Structure {
    public int type;
    public long capacity;
    public long allocation;
  }

  // ---- errors and event loop

  Pointer virGetLastError();

  void virResetLastError();

  void virSetErrorFunc(Pointer userData, ErrorFunc handler);

  int virEventRegisterDefaultImpl();

  int virEventRunDefaultImpl();

  int virGetVersion(NativeLongByReference libVer, String type, NativeLongByReference typeVer);

  // ---- connections

  Pointer virConnectOpenAuth(String name, VirConnectAuth auth, int flags);

  int virConnectClose(Pointer conn);

  int virConnectSetKeepAlive(Pointer conn, int interval, int count);

  int virConnectIsAlive(Pointer conn);

  int virConnectRegisterCloseCallback(
      Pointer conn, CloseCallback cb, Pointer opaque, FreeCallback freecb);

  int virConnectUnregisterCloseCallback(Pointer conn, CloseCallback cb);

  Pointer virConnectGetHostname(Pointer conn);

  Pointer virConnectGetCapabilities(Pointer conn);

  String virConnectGetType(Pointer conn);

  int virConnectGetVersion(Pointer conn, NativeLongByReference hvVer);

  int virNodeGetInfo(Pointer conn, VirNodeInfo info);

  long virNodeGetFreeMemory(Pointer conn);

  int virConnectDomainEventRegisterAny(
      Pointer conn, Pointer dom, int eventId, Callback cb, Pointer opaque, FreeCallback freecb);

  int virConnectDomainEventDeregisterAny(Pointer conn, int callbackId);

  // ---- domains

  int virConnectListAllDomains(Pointer conn, PointerByReference domains, int flags);

  Pointer virDomainLookupByUUIDString(Pointer conn, String uuid);

  Pointer virDomainDefineXML(Pointer conn, String xml);

  int virDomainFree(Pointer dom);

  int virDomainGetUUIDString(Pointer dom, byte[] buf);

  String virDomainGetName(Pointer dom);

  int virDomainGetState(Pointer dom, IntByReference state, IntByReference reason, int flags);

  int virDomainIsPersistent(Pointer dom);

  int virDomainHasManagedSaveImage(Pointer dom, int flags);

  Pointer virDomainGetXMLDesc(Pointer dom, int flags);

  int virDomainGetBlockInfo(Pointer dom, String disk, VirDomainBlockInfo info, int flags);

  int virDomainCreate(Pointer dom);

  int virDomainShutdown(Pointer dom);

  int virDomainDestroy(Pointer dom);

  int virDomainSuspend(Pointer dom);

  int virDomainResume(Pointer dom);

  int virDomainManagedSave(Pointer dom, int flags);

  int virDomainUndefineFlags(Pointer dom, int flags);

  int virDomainSetMetadata(
      Pointer dom, int type, String metadata, String key, String uri, int flags);

  Pointer virDomainGetMetadata(Pointer dom, int type, String uri, int flags);

  int virDomainGetJobInfo(Pointer dom, VirDomainJobInfo info);

  int virDomainAbortJob(Pointer dom);

  // ---- checkpoints and backup

  Pointer virDomainCheckpointCreateXML(Pointer dom, String xml, int flags);

  int virDomainListAllCheckpoints(Pointer dom, PointerByReference checkpoints, int flags);

  Pointer virDomainCheckpointLookupByName(Pointer dom, String name, int flags);

  String virDomainCheckpointGetName(Pointer checkpoint);

  Pointer virDomainCheckpointGetXMLDesc(Pointer checkpoint, int flags);

  int virDomainCheckpointDelete(Pointer checkpoint, int flags);

  int virDomainCheckpointFree(Pointer checkpoint);

  int virDomainBackupBegin(Pointer dom, String backupXml, String checkpointXml, int flags);

  Pointer virDomainBackupGetXMLDesc(Pointer dom, int flags);

  // ---- migration

  int virDomainMigrateToURI3(Pointer dom, String dconnuri, Pointer params, int nparams, int flags);

  int virTypedParamsAddString(
      PointerByReference params,
      IntByReference nparams,
      IntByReference maxparams,
      String name,
      String value);

  int virTypedParamsAddULLong(
      PointerByReference params,
      IntByReference nparams,
      IntByReference maxparams,
      String name,
      long value);

  void virTypedParamsFree(Pointer params, int nparams);

  // ---- storage

  int virConnectListAllStoragePools(Pointer conn, PointerByReference pools, int flags);

  Pointer virStoragePoolLookupByName(Pointer conn, String name);

  String virStoragePoolGetName(Pointer pool);

  int virStoragePoolGetInfo(Pointer pool, VirStoragePoolInfo info);

  Pointer virStoragePoolGetXMLDesc(Pointer pool, int flags);

  int virStoragePoolRefresh(Pointer pool, int flags);

  int virStoragePoolFree(Pointer pool);

  Pointer virStorageVolCreateXML(Pointer pool, String xml, int flags);

  Pointer virStorageVolLookupByPath(Pointer conn, String path);

  Pointer virStorageVolGetPath(Pointer vol);

  String virStorageVolGetName(Pointer vol);

  Pointer virStorageVolGetXMLDesc(Pointer vol, int flags);

  int virStorageVolGetInfo(Pointer vol, VirStorageVolInfo info);

  Pointer virStoragePoolLookupByVolume(Pointer vol);

  int virStorageVolDelete(Pointer vol, int flags);

  int virStorageVolFree(Pointer vol);
}
