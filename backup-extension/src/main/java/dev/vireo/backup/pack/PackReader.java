package dev.vireo.backup.pack;

import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Reads a finished pack's table and blobs with positional reads; thread-safe. */
public final class PackReader implements AutoCloseable {
  private final PackId id;
  private final FileChannel ch;

  public PackReader(PackId id, Path file) {
    this.id = id;
    try {
      this.ch = FileChannel.open(file, StandardOpenOption.READ);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new BackupException(ErrorCode.MISSING_CHUNK, "pack " + id + " is missing", e);
    } catch (IOException e) {
      throw BackupException.io("open pack " + file, e);
    }
  }

  public PackId id() {
    return id;
  }

  public PackSummary readTable(Sealer sealer) {
    try {
      long size = ch.size();
      int minSize = FormatConstants.PACK_HEADER_SIZE + FormatConstants.PACK_FOOTER_SIZE;
      if (size < minSize) {
        throw corrupt("truncated (" + size + " bytes)");
      }
      checkHeader();
      ByteBuffer footer = read(size - FormatConstants.PACK_FOOTER_SIZE, 12);
      int tableLen = footer.getInt();
      byte[] magic = new byte[8];
      footer.get(magic);
      if (!Arrays.equals(magic, FormatConstants.PACK_END_MAGIC)) {
        throw corrupt("bad footer (truncated?)");
      }
      long tableStart = size - FormatConstants.PACK_FOOTER_SIZE - tableLen;
      if (tableLen <= 0 || tableStart < FormatConstants.PACK_HEADER_SIZE) {
        throw corrupt("bad table length " + tableLen);
      }
      byte[] table = read(tableStart, tableLen).array();
      return new PackSummary(id, tableStart, PackTable.decode(table, id, sealer, tableStart));
    } catch (IOException e) {
      throw BackupException.io("read pack " + id, e);
    }
  }

  private void checkHeader() throws IOException {
    ByteBuffer h = read(0, FormatConstants.PACK_HEADER_SIZE);
    byte[] magic = new byte[8];
    h.get(magic);
    if (!Arrays.equals(magic, FormatConstants.PACK_MAGIC)) {
      throw new BackupException(ErrorCode.UNSUPPORTED_FORMAT, "pack " + id + ": bad magic");
    }
    int version = h.getShort() & 0xffff;
    if (version != FormatConstants.PACK_VERSION) {
      throw new BackupException(
          ErrorCode.UNSUPPORTED_FORMAT, "pack " + id + ": unsupported version " + version);
    }
  }

  public byte[] readBlob(ChunkLocation loc) {
    try {
      return read(loc.offset(), loc.sealedLength()).array();
    } catch (IOException e) {
      throw BackupException.io("read pack " + id, e);
    }
  }

  /**
   * Reads the pack's bytes {@code [pos, pos + needed)} into {@code dst} from its position (restore
   * reads a run of neighbouring blobs at once). Through the page cache: the kernel's read-ahead
   * serves these sequential region reads faster than direct I/O here (ADR 0006).
   *
   * @throws BackupException {@code CORRUPT_CHUNK} if the pack ends before {@code pos + needed}
   */
  public void readSpan(long pos, ByteBuffer dst, int needed) {
    int start = dst.position();
    try {
      while (dst.position() - start < needed) {
        if (ch.read(dst, pos + dst.position() - start) < 0) {
          throw new BackupException(
              ErrorCode.CORRUPT_CHUNK,
              "pack " + id + ": truncated at " + (pos + dst.position() - start));
        }
      }
    } catch (IOException e) {
      throw BackupException.io("read pack " + id, e);
    }
  }

  public long size() {
    try {
      return ch.size();
    } catch (IOException e) {
      throw BackupException.io("stat pack " + id, e);
    }
  }

  private ByteBuffer read(long pos, int len) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(len);
    while (b.hasRemaining()) {
      int n = ch.read(b, pos + b.position());
      if (n < 0) {
        throw new BackupException(
            ErrorCode.CORRUPT_CHUNK, "pack " + id + ": truncated at " + (pos + b.position()));
      }
    }
    return b.flip();
  }

  private BackupException corrupt(String detail) {
    return new BackupException(ErrorCode.CORRUPT_PACK, "pack " + id + ": " + detail);
  }

  @Override
  public void close() {
    try {
      ch.close();
    } catch (IOException ignored) {
      // read-only handle
    }
  }
}
