package dev.vireo.backup.testing;

import dev.vireo.backup.manifest.Extent;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Builds sparse test images and applies seeded churn, returning the changed extents. */
public final class TestImages {
  private TestImages() {}

  /**
   * A sparse image: holes, written zeros, compressible text, random data and a duplicated region.
   */
  public static void create(Path file, long size, long seed) throws IOException {
    Random rnd = new Random(seed);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
      long region = size / 8;
      writeRandom(f, 0, region, rnd);
      writeText(f, 2 * region, region, rnd);
      f.seek(3 * region);
      f.write(new byte[(int) Math.min(region, 1 << 20)]);
      byte[] dup = new byte[(int) Math.min(region, 4 << 20)];
      f.seek(0);
      f.readFully(dup);
      f.seek(5 * region);
      f.write(dup);
      writeRandom(f, 6 * region, region / 2, rnd);
    }
  }

  public static void writeRandom(RandomAccessFile f, long off, long len, Random rnd)
      throws IOException {
    byte[] buf = new byte[1 << 16];
    for (long done = 0; done < len; done += buf.length) {
      rnd.nextBytes(buf);
      f.seek(off + done);
      f.write(buf, 0, (int) Math.min(buf.length, len - done));
    }
  }

  private static void writeText(RandomAccessFile f, long off, long len, Random rnd)
      throws IOException {
    String[] words = {"vireo ", "backup ", "chunk ", "disk ", "store ", "log: ", "42\n", "ok "};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < (1 << 16)) {
      sb.append(words[rnd.nextInt(words.length)]);
    }
    byte[] buf = sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (long done = 0; done < len; done += buf.length) {
      f.seek(off + done);
      f.write(buf, 0, (int) Math.min(buf.length, len - done));
    }
  }

  /**
   * Rewrites {@code runs} clustered runs of {@code runLength} random bytes; returns the extents.
   */
  public static List<Extent> clusteredChurn(Path file, int runs, long runLength, Random rnd)
      throws IOException {
    List<Extent> out = new ArrayList<>();
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long size = f.length();
      for (int i = 0; i < runs; i++) {
        long off = (Math.floorMod(rnd.nextLong(), size - runLength) / 4096) * 4096;
        writeRandom(f, off, runLength, rnd);
        out.add(new Extent(off, runLength));
      }
    }
    return out;
  }

  /** Rewrites {@code blocks} scattered 4 KiB blocks (some with zeros); returns the extents. */
  public static List<Extent> scatteredChurn(Path file, int blocks, Random rnd) throws IOException {
    List<Extent> out = new ArrayList<>();
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      long size = f.length();
      for (int i = 0; i < blocks; i++) {
        long off = Math.floorMod(rnd.nextLong(), size / 4096) * 4096;
        if (rnd.nextInt(8) == 0) {
          f.seek(off);
          f.write(new byte[4096]);
        } else {
          writeRandom(f, off, 4096, rnd);
        }
        out.add(new Extent(off, 4096));
      }
    }
    return out;
  }

  public static String sha256(Path file) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Allocated bytes of a file (st_blocks * 512). */
  public static long allocatedBytes(Path file) throws IOException {
    Process p = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).start();
    String[] out = new String(p.getInputStream().readAllBytes()).trim().split(" ");
    return Long.parseLong(out[0]) * Long.parseLong(out[1]);
  }
}
