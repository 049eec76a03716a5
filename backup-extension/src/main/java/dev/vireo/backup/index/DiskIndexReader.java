package dev.vireo.backup.index;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.Hashing;
import dev.vireo.backup.format.RecordReader;
import dev.vireo.backup.manifest.DiskId;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Streams the digests of a disk index in chunk order, checking every frame and, at the end, the
 * chunk count and the file's SHA-256. Any defect is a {@code CORRUPT_INDEX} (or {@code
 * UNSUPPORTED_FORMAT}) error. Not thread-safe.
 */
public final class DiskIndexReader implements AutoCloseable {
  private static final int MAX_FRAME = FormatConstants.INDEX_FRAME_DIGESTS * 32 + 64;
  private final InputStream raw;
  private final DigestInputStream in;
  private final MessageDigest fileHash = Hashing.sha256();
  private final MessageDigest wholeHash = Hashing.sha256();
  private final Sealer sealer;
  private final DiskId diskId;
  private final long diskSize;
  private final int chunkSize;
  private final long chunkCount;
  private byte[] frame = new byte[0];
  private int framePos;
  private long frameNo;
  private long delivered;
  private boolean ended;

  private DiskIndexReader(InputStream raw, Sealer sealer) {
    this.raw = raw;
    this.in = new DigestInputStream(new DigestInputStream(raw, wholeHash), fileHash);
    this.sealer = sealer;
    RecordReader h = new RecordReader(readN(8 + 2 + 2), ErrorCode.CORRUPT_INDEX, "index");
    h.expectMagic(FormatConstants.INDEX_MAGIC);
    h.expectVersion(FormatConstants.INDEX_VERSION);
    int nameLen = h.u16();
    if (nameLen > FormatConstants.MAX_STRING_BYTES) {
      throw corrupt("disk id too long");
    }
    RecordReader rest = new RecordReader(readN(nameLen + 12), ErrorCode.CORRUPT_INDEX, "index");
    this.diskId =
        parseDiskId(new String(rest.bytes(nameLen), java.nio.charset.StandardCharsets.UTF_8));
    this.diskSize = rest.u64();
    this.chunkSize = (int) rest.u32();
    if (chunkSize < FormatConstants.MIN_CHUNK_SIZE || chunkSize > FormatConstants.MAX_CHUNK_SIZE) {
      throw corrupt("bad chunk size " + chunkSize);
    }
    this.chunkCount = (diskSize + chunkSize - 1) / chunkSize;
  }

  public static DiskIndexReader open(Path file, Sealer sealer) {
    try {
      return new DiskIndexReader(
          new BufferedInputStream(Files.newInputStream(file), 1 << 16), sealer);
    } catch (NoSuchFileException e) {
      throw new BackupException(ErrorCode.CORRUPT_INDEX, "index " + file + " is missing", e);
    } catch (IOException e) {
      throw BackupException.io("open index " + file, e);
    }
  }

  public static DiskIndexReader parse(byte[] bytes, Sealer sealer) {
    return new DiskIndexReader(new ByteArrayInputStream(bytes), sealer);
  }

  static byte[] frameAad(DiskId disk, long frameNo) {
    return Sealer.aad("index:" + disk.value() + ":" + frameNo);
  }

  public DiskId diskId() {
    return diskId;
  }

  public long diskSize() {
    return diskSize;
  }

  public int chunkSize() {
    return chunkSize;
  }

  public long chunkCount() {
    return chunkCount;
  }

  public boolean hasNext() {
    return delivered < chunkCount;
  }

  /** The next digest; after the last one the end record and checksum have been verified. */
  public ChunkDigest next() {
    if (delivered >= chunkCount) {
      throw corrupt("read past the last chunk");
    }
    if (framePos == frame.length) {
      readFrame();
    }
    ChunkDigest d = ChunkDigest.of(Arrays.copyOfRange(frame, framePos, framePos + 32));
    framePos += 32;
    delivered++;
    if (delivered == chunkCount) {
      readEnd();
    }
    return d;
  }

  /** Reads the whole index to check it; returns the SHA-256 of the whole file. */
  public byte[] verifyAll() {
    while (hasNext()) {
      next();
    }
    if (!ended) {
      readEnd();
    }
    return wholeHash.digest();
  }

  private void readFrame() {
    long len = new RecordReader(readN(4), ErrorCode.CORRUPT_INDEX, "index").u32();
    if (len == 0 || len > MAX_FRAME) {
      throw corrupt("frame " + frameNo + " has bad length " + len + " (truncated?)");
    }
    byte[] sealed = readN((int) len);
    frame =
        sealer.openRecord(sealed, frameAad(diskId, frameNo), ErrorCode.CORRUPT_INDEX, MAX_FRAME);
    if (frame.length == 0
        || frame.length % 32 != 0
        || frame.length > (chunkCount - delivered) * 32) {
      throw corrupt("frame " + frameNo + " has bad size " + frame.length);
    }
    framePos = 0;
    frameNo++;
  }

  private void readEnd() {
    RecordReader end = new RecordReader(readN(12), ErrorCode.CORRUPT_INDEX, "index end");
    if (end.u32() != 0 || end.u64() != chunkCount) {
      throw corrupt("end record does not match chunk count " + chunkCount);
    }
    byte[] expected = fileHash.digest();
    in.on(false);
    byte[] got = readN(32);
    if (!MessageDigest.isEqual(expected, got)) {
      throw corrupt("checksum mismatch");
    }
    try {
      if (in.read() != -1) {
        throw corrupt("trailing bytes after checksum");
      }
    } catch (IOException e) {
      throw BackupException.io("read index", e);
    }
    ended = true;
  }

  private byte[] readN(int n) {
    byte[] b = new byte[n];
    try {
      int off = 0;
      while (off < n) {
        int r = in.read(b, off, n - off);
        if (r < 0) {
          throw new EOFException();
        }
        off += r;
      }
      return b;
    } catch (EOFException e) {
      throw corrupt("truncated");
    } catch (IOException e) {
      throw BackupException.io("read index", e);
    }
  }

  private DiskId parseDiskId(String s) {
    try {
      return new DiskId(s);
    } catch (BackupException e) {
      throw corrupt(e.getMessage());
    }
  }

  private BackupException corrupt(String detail) {
    return new BackupException(ErrorCode.CORRUPT_INDEX, "index: " + detail);
  }

  @Override
  public void close() {
    try {
      raw.close();
    } catch (IOException ignored) {
      // read-only
    }
  }
}
