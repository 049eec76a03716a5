package dev.vireo.backup.index;

import dev.vireo.backup.chunk.ChunkDigest;
import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.Hashing;
import dev.vireo.backup.format.RecordWriter;
import dev.vireo.backup.manifest.DiskId;
import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/**
 * Streams a disk index to {@code <target>.tmp} and commits it with {@link #finish()}. Memory use is
 * one frame (128 KiB) regardless of disk size. Not thread-safe.
 */
public final class DiskIndexWriter implements AutoCloseable {
  private final Path target;
  private final Path tmp;
  private final FileOutputStream fos;
  private final DigestOutputStream out;
  private final MessageDigest fileHash = Hashing.sha256();
  private final MessageDigest wholeHash = Hashing.sha256();
  private final Sealer sealer;
  private final DiskId diskId;
  private final long expectedChunks;
  private final byte[] frame = new byte[FormatConstants.INDEX_FRAME_DIGESTS * 32];
  private int inFrame;
  private long frameNo;
  private long written;
  private boolean finished;

  public DiskIndexWriter(Path target, DiskId diskId, long diskSize, int chunkSize, Sealer sealer) {
    this.target = target;
    this.tmp = AtomicFiles.tempFor(target);
    this.sealer = sealer;
    this.diskId = diskId;
    this.expectedChunks = (diskSize + chunkSize - 1) / chunkSize;
    try {
      this.fos = new FileOutputStream(tmp.toFile());
      this.out =
          new DigestOutputStream(
              new DigestOutputStream(new BufferedOutputStream(fos, 1 << 16), wholeHash), fileHash);
      RecordWriter h = new RecordWriter();
      h.bytes(FormatConstants.INDEX_MAGIC).u16(FormatConstants.INDEX_VERSION);
      h.str(diskId.value()).u64(diskSize).u32(chunkSize);
      out.write(h.toByteArray());
    } catch (IOException e) {
      throw BackupException.io("create index " + tmp, e);
    }
  }

  public void add(ChunkDigest d) {
    d.copyTo(frame, inFrame * 32);
    inFrame++;
    written++;
    if (inFrame == FormatConstants.INDEX_FRAME_DIGESTS) {
      flushFrame();
    }
  }

  public long count() {
    return written;
  }

  private void flushFrame() {
    if (inFrame == 0) {
      return;
    }
    byte[] plain = java.util.Arrays.copyOf(frame, inFrame * 32);
    byte[] sealed = sealer.sealRecord(plain, DiskIndexReader.frameAad(diskId, frameNo));
    try {
      out.write(new RecordWriter(4).u32(sealed.length).toByteArray());
      out.write(sealed);
    } catch (IOException e) {
      throw BackupException.io("write index " + tmp, e);
    }
    frameNo++;
    inFrame = 0;
  }

  /** Writes the end record, makes the file durable and returns its SHA-256. */
  public byte[] finish() {
    if (written != expectedChunks) {
      throw new BackupException(
          ErrorCode.INVALID_ARGUMENT,
          "index for " + diskId + " has " + written + " chunks, expected " + expectedChunks);
    }
    flushFrame();
    try {
      out.write(new RecordWriter(12).u32(0).u64(written).toByteArray());
      out.on(false);
      out.write(fileHash.digest());
      out.flush();
      fos.getFD().sync();
      out.close();
      AtomicFiles.commit(tmp, target);
      finished = true;
      return wholeHash.digest();
    } catch (IOException e) {
      throw BackupException.io("finish index " + tmp, e);
    }
  }

  @Override
  public void close() {
    if (!finished) {
      try {
        out.close();
      } catch (IOException ignored) {
        // abandoning anyway
      }
      AtomicFiles.deleteQuietly(tmp);
    }
  }
}
