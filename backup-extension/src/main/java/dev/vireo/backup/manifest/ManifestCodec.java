package dev.vireo.backup.manifest;

import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.HashedFile;
import dev.vireo.backup.format.RecordReader;
import dev.vireo.backup.format.RecordWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Encodes and parses manifest files (format §4.5). Parsing fails only with a format error. */
public final class ManifestCodec {
  private static final int MAX_BODY = 64 * 1024 * 1024;
  private static final int MAX_EXTENTS = 16 * 1024 * 1024;

  private ManifestCodec() {}

  static byte[] aad(RecoveryPointId id) {
    return Sealer.aad("manifest:" + id.hex());
  }

  public static byte[] encode(Manifest m, Sealer sealer) {
    RecordWriter body = new RecordWriter();
    body.bytes(m.pointId().toBytes()).str(m.vmId().value()).u64(m.createdAt().toEpochMilli());
    body.u8(m.kind().ordinal()).u8(m.parent().isPresent() ? 1 : 0);
    m.parent().ifPresent(p -> body.bytes(p.toBytes()));
    body.u16(m.disks().size());
    for (DiskRecord d : m.disks()) {
      body.str(d.diskId().value()).u64(d.diskSize()).u32(d.chunkSize()).bytes(d.indexSha256());
      body.u64(d.bytesRead()).u64(d.bytesStored()).u64(d.chunksNew());
      body.u32(d.extentsRead().size());
      d.extentsRead().forEach(e -> body.u64(e.offset()).u64(e.length()));
    }
    byte[] sealed = sealer.sealRecord(body.toByteArray(), aad(m.pointId()));
    RecordWriter file = new RecordWriter(sealed.length + 64);
    file.bytes(FormatConstants.MANIFEST_MAGIC).u16(FormatConstants.MANIFEST_VERSION);
    file.u32(sealed.length).bytes(sealed);
    return HashedFile.withTrailer(file.toByteArray());
  }

  public static Manifest decode(byte[] fileBytes, RecoveryPointId expectedId, Sealer sealer) {
    RecordReader head = new RecordReader(fileBytes, ErrorCode.CORRUPT_MANIFEST, "manifest");
    head.expectMagic(FormatConstants.MANIFEST_MAGIC);
    head.expectVersion(FormatConstants.MANIFEST_VERSION);
    byte[] content = HashedFile.checkTrailer(fileBytes, ErrorCode.CORRUPT_MANIFEST, "manifest");
    RecordReader file = new RecordReader(content, ErrorCode.CORRUPT_MANIFEST, "manifest");
    file.bytes(FormatConstants.MANIFEST_MAGIC.length + 2);
    byte[] sealed = file.bytes(file.u32AsInt(MAX_BODY));
    file.expectEnd();
    byte[] plain = sealer.openRecord(sealed, aad(expectedId), ErrorCode.CORRUPT_MANIFEST, MAX_BODY);
    return decodeBody(
        new RecordReader(plain, ErrorCode.CORRUPT_MANIFEST, "manifest body"), expectedId);
  }

  private static Manifest decodeBody(RecordReader r, RecoveryPointId expectedId) {
    RecoveryPointId id = RecoveryPointId.fromBytes(r.bytes(FormatConstants.POINT_ID_SIZE));
    if (!id.equals(expectedId)) {
      throw r.fail("belongs to point " + id + ", found under " + expectedId);
    }
    VmId vm = parse(r, () -> new VmId(r.str()));
    Instant created = Instant.ofEpochMilli(r.u64());
    PointKind kind = PointKind.fromCode(r.u8());
    Optional<RecoveryPointId> parent =
        r.u8() == 1
            ? Optional.of(RecoveryPointId.fromBytes(r.bytes(FormatConstants.POINT_ID_SIZE)))
            : Optional.empty();
    int n = r.u16();
    List<DiskRecord> disks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      disks.add(decodeDisk(r));
    }
    r.expectEnd();
    return new Manifest(id, vm, created, kind, parent, disks);
  }

  private static DiskRecord decodeDisk(RecordReader r) {
    DiskId disk = parse(r, () -> new DiskId(r.str()));
    long size = r.u64();
    int chunkSize = r.u32AsInt(FormatConstants.MAX_CHUNK_SIZE);
    if (chunkSize < FormatConstants.MIN_CHUNK_SIZE) {
      throw r.fail("bad chunk size " + chunkSize);
    }
    byte[] indexHash = r.bytes(FormatConstants.FILE_HASH_SIZE);
    long read = r.u64();
    long stored = r.u64();
    long chunksNew = r.u64();
    int count = r.u32AsInt(Math.min(MAX_EXTENTS, r.remaining() / 16));
    List<Extent> extents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long off = r.u64();
      long len = r.u64();
      extents.add(parse(r, () -> new Extent(off, len)));
    }
    return new DiskRecord(disk, size, chunkSize, indexHash, read, stored, chunksNew, extents);
  }

  private static <T> T parse(RecordReader r, java.util.function.Supplier<T> s) {
    try {
      return s.get();
    } catch (dev.vireo.backup.format.BackupException e) {
      if (e.code() == ErrorCode.INVALID_ARGUMENT) {
        throw r.fail(e.getMessage());
      }
      throw e;
    }
  }
}
