package dev.vireo.backup.pack;

import dev.vireo.backup.crypto.Sealer;
import dev.vireo.backup.format.AtomicFiles;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.HashedFile;
import dev.vireo.backup.format.RecordReader;
import dev.vireo.backup.format.RecordWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Pack index files {@code index/<id>.pidx} (format §4.7): the tables of many packs in one file, so
 * opening a repository reads a few files instead of the tail of every pack. A cache only: readers
 * take a pack's table from the pack itself when no readable index file covers it, and ignore
 * entries naming packs that no longer exist.
 */
public final class PackIndex {
  /**
   * Readers refuse larger files (writers stay near {@link
   * FormatConstants#PACK_INDEX_TARGET_BYTES}).
   */
  static final long MAX_FILE_BYTES = 1L << 30;

  private static final int MAX_TABLE = 4 + (1 << 22) * FormatConstants.PACK_TABLE_ENTRY_SIZE + 64;

  private PackIndex() {}

  /** Final (non-temporary) index files, in name order; none if the directory does not exist. */
  public static List<Path> list(Path indexDir) {
    return files(indexDir, FormatConstants.PACK_INDEX_SUFFIX);
  }

  public static List<Path> tempFiles(Path indexDir) {
    return files(indexDir, FormatConstants.TEMP_SUFFIX);
  }

  /**
   * Writes the tables of {@code packs} into new index files (each near the target size), each made
   * durable before it is visible; returns the files written.
   */
  public static List<Path> write(Path indexDir, Collection<PackSummary> packs, Sealer sealer) {
    List<Path> written = new ArrayList<>();
    if (packs.isEmpty()) {
      return written;
    }
    AtomicFiles.createDirectories(indexDir);
    RecordWriter w = null;
    int count = 0;
    for (PackSummary p : packs) {
      if (w == null) {
        w = new RecordWriter(64 * 1024);
        w.bytes(FormatConstants.PACK_INDEX_MAGIC).u16(FormatConstants.PACK_INDEX_VERSION);
        count = 0;
      }
      byte[] table = PackTable.encode(p.entries(), p.id(), sealer);
      w.u32(table.length).bytes(HexFormat.of().parseHex(p.id().hex())).u64(p.tableStart());
      w.bytes(table);
      count++;
      if (w.size() >= FormatConstants.PACK_INDEX_TARGET_BYTES) {
        written.add(finish(indexDir, w, count));
        w = null;
      }
    }
    if (w != null) {
      written.add(finish(indexDir, w, count));
    }
    return written;
  }

  private static Path finish(Path indexDir, RecordWriter w, int count) {
    w.u32(0).u32(count);
    Path target = indexDir.resolve(PackId.random().hex() + FormatConstants.PACK_INDEX_SUFFIX);
    AtomicFiles.write(target, HashedFile.withTrailer(w.toByteArray()));
    return target;
  }

  /**
   * Reads one index file; decodes (and authenticates) only the tables of packs {@code wanted}
   * accepts. Throws {@link ErrorCode#CORRUPT_PACK_INDEX} (or {@code UNSUPPORTED_FORMAT}) for a
   * damaged file, never returning part of it.
   */
  public static List<PackSummary> read(Path file, Sealer sealer, Predicate<PackId> wanted) {
    String what = "pack index " + file.getFileName();
    return parse(readFile(file, what), what, sealer, wanted);
  }

  /** Parses the bytes of an index file (see {@link #read}). */
  public static List<PackSummary> parse(
      byte[] bytes, String what, Sealer sealer, Predicate<PackId> wanted) {
    RecordReader head = new RecordReader(bytes, ErrorCode.CORRUPT_PACK_INDEX, what);
    head.expectMagic(FormatConstants.PACK_INDEX_MAGIC);
    head.expectVersion(FormatConstants.PACK_INDEX_VERSION);
    byte[] content = HashedFile.checkTrailer(bytes, ErrorCode.CORRUPT_PACK_INDEX, what);
    RecordReader r = new RecordReader(content, ErrorCode.CORRUPT_PACK_INDEX, what);
    r.bytes(FormatConstants.PACK_INDEX_MAGIC.length + 2);
    List<PackSummary> out = new ArrayList<>();
    int seen = 0;
    while (true) {
      int len = r.u32AsInt(MAX_TABLE);
      if (len == 0) {
        break;
      }
      PackId id = new PackId(HexFormat.of().formatHex(r.bytes(FormatConstants.PACK_ID_SIZE)));
      long tableStart = r.u64();
      byte[] table = r.bytes(len);
      seen++;
      if (tableStart < FormatConstants.PACK_HEADER_SIZE) {
        throw r.fail("pack " + id + ": table start " + tableStart + " inside the header");
      }
      if (wanted.test(id)) {
        try {
          out.add(new PackSummary(id, tableStart, PackTable.decode(table, id, sealer, tableStart)));
        } catch (BackupException e) {
          throw r.fail("pack " + id + ": " + e.getMessage());
        }
      }
    }
    if (r.u32() != seen) {
      throw r.fail("pack count does not match its entries");
    }
    r.expectEnd();
    return out;
  }

  private static byte[] readFile(Path file, String what) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new BackupException(ErrorCode.CORRUPT_PACK_INDEX, what + ": larger than 1 GiB");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BackupException(ErrorCode.CORRUPT_PACK_INDEX, what + ": removed while reading", e);
    } catch (IOException e) {
      throw BackupException.io("read " + what, e);
    }
  }

  private static List<Path> files(Path dir, String suffix) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path f : s) {
        if (f.getFileName().toString().endsWith(suffix)) {
          out.add(f);
        }
      }
    } catch (IOException e) {
      throw BackupException.io("list " + dir, e);
    }
    out.sort(null);
    return out;
  }
}
