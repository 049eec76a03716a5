package dev.vireo.backup.pack;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.RecordReader;
import dev.vireo.backup.format.RecordWriter;
import java.util.ArrayList;
import java.util.List;

/** Encodes and decodes the sealed table of contents of a pack (format §4.3). */
public final class PackTable {
  private static final int MAX_ENTRIES = 1 << 22;

  private PackTable() {}

  public static byte[] aad(PackId id) {
    return Sealer.aad("pack-table:" + id.hex());
  }

  public static byte[] encode(List<PackEntry> entries, PackId id, Sealer sealer) {
    RecordWriter w = new RecordWriter(4 + entries.size() * FormatConstants.PACK_TABLE_ENTRY_SIZE);
    w.u32(entries.size());
    for (PackEntry e : entries) {
      w.bytes(e.digest().toBytes()).u64(e.offset()).u32(e.sealedLength()).u32(e.plainLength());
    }
    return sealer.sealRecord(w.toByteArray(), aad(id));
  }

  /** Decodes a table and checks every entry lies inside {@code [header, blobEnd)}. */
  public static List<PackEntry> decode(byte[] sealed, PackId id, Sealer sealer, long blobEnd) {
    int max = 4 + MAX_ENTRIES * FormatConstants.PACK_TABLE_ENTRY_SIZE;
    byte[] plain = sealer.openRecord(sealed, aad(id), ErrorCode.CORRUPT_PACK, max);
    RecordReader r = new RecordReader(plain, ErrorCode.CORRUPT_PACK, "pack " + id + " table");
    int count = r.u32AsInt(MAX_ENTRIES);
    List<PackEntry> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ChunkDigest d = ChunkDigest.of(r.bytes(FormatConstants.DIGEST_SIZE));
      long off = r.u64();
      int sealedLen = r.u32AsInt(Integer.MAX_VALUE);
      int plainLen = r.u32AsInt(FormatConstants.MAX_CHUNK_SIZE);
      if (d.isZero() || off < FormatConstants.PACK_HEADER_SIZE || off + sealedLen > blobEnd) {
        throw r.fail("entry " + i + " out of bounds or zero digest");
      }
      out.add(new PackEntry(d, off, sealedLen, plainLen));
    }
    r.expectEnd();
    return out;
  }
}
