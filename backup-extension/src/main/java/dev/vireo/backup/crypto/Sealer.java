package dev.vireo.backup.crypto;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import dev.vireo.backup.format.BackupException;
import dev.vireo.backup.format.ErrorCode;
import dev.vireo.backup.format.FormatConstants;
import dev.vireo.backup.format.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;

/**
 * Seals stored units (format §3): a codec byte plus the payload, compressed with zstd when that
 * pays, then either AES-256-GCM with associated data or (plain repositories, records only) a
 * truncated SHA-256 tag. Thread-safe.
 */
public final class Sealer {
  /** zstd contexts are costly to create; each thread keeps one (per sealer for compression). */
  private static final ThreadLocal<ZstdDecompressCtx> DECOMPRESSORS =
      ThreadLocal.withInitial(ZstdDecompressCtx::new);

  /** What a repository is opened for; decides how AES-GCM is set up. */
  public enum Workload {
    /** A few small records (listing recovery points, pruning): the JDK's AES-GCM as it comes. */
    FEW_RECORDS(Gcm.Use.FEW),
    /** Chunks and many records: the fast AES-GCM, loaded and prepared in the background. */
    BULK(Gcm.Use.BULK);

    private final Gcm.Use use;

    Workload(Gcm.Use use) {
      this.use = use;
    }
  }

  /** Per-thread body buffers are kept up to this size (a 4 MiB chunk's bound fits). */
  private static final int SCRATCH_MAX = 5 << 20;

  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[0]);

  private static final ThreadLocal<byte[]> SEALED_OUT = ThreadLocal.withInitial(() -> new byte[0]);

  private static final ThreadLocal<byte[]> SEALED_SCRATCH =
      ThreadLocal.withInitial(() -> new byte[0]);

  private final Optional<MasterKey> key;
  private final Gcm.Use use;
  private final ThreadLocal<ZstdCompressCtx> compressors;

  public Sealer(Optional<MasterKey> key, int zstdLevel) {
    this(key, zstdLevel, Workload.BULK);
  }

  public Sealer(Optional<MasterKey> key, int zstdLevel, Workload workload) {
    this.key = key;
    this.use = workload.use;
    this.compressors =
        ThreadLocal.withInitial(
            () -> new ZstdCompressCtx().setLevel(zstdLevel).setContentSize(true));
  }

  /**
   * Loads zstd's native code now, so that a machine where it cannot load fails before a repository
   * is created or opened, with what to do, and not in the first backup worker with a bare linkage
   * error. {@code Repository.init} and {@code open} call it before they write or derive anything.
   */
  public static void requireNativeCodecs() {
    try {
      Zstd.compressBound(1);
    } catch (LinkageError e) {
      String tmp = System.getProperty("java.io.tmpdir");
      throw new BackupException(
          ErrorCode.NATIVE_LIBRARY_UNAVAILABLE,
          "the zstd library cannot be loaded ("
              + rootMessage(e)
              + "); it unpacks its native code into java.io.tmpdir ("
              + tmp
              + "), which must be writable and allow execution: point it elsewhere, e.g."
              + " VIREO_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx1g -Djava.io.tmpdir=/var/tmp\"",
          e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }

  /**
   * Starts preparing AES-GCM for a workload in the background (loading the native implementation
   * for bulk work), so that it overlaps with key derivation; call it as soon as a repository is
   * known to be encrypted.
   */
  public static void prepareEncryption(Workload workload) {
    if (workload == Workload.BULK) {
      Gcm.prepareInBackground();
    }
  }

  /** The AES-GCM implementation bulk work uses (loads it if need be), for diagnostics. */
  public static String encryptionImplementation() {
    return Gcm.implementation();
  }

  public boolean encrypted() {
    return key.isPresent();
  }

  public static byte[] aad(String place) {
    return place.getBytes(StandardCharsets.UTF_8);
  }

  /** Seals a chunk; plain repositories rely on the chunk digest for integrity. */
  public byte[] sealBlob(byte[] plain, int len, byte[] aad) {
    Sealed s = sealBlobShared(plain, 0, len, aad);
    return Arrays.copyOf(s.bytes(), s.length());
  }

  /**
   * A sealed unit in {@code bytes[0, length)}: a buffer of the sealing thread, see {@link
   * #sealBlobShared}.
   */
  public record Sealed(byte[] bytes, int length) {}

  /**
   * Seals the chunk {@code plain[off, off+len)} into a buffer the calling thread reuses: valid
   * until the thread seals its next unit (a backup copies it into its pack at once; one array per
   * 64 KiB chunk cost its zeroing and the collector's time).
   */
  public Sealed sealBlobShared(byte[] plain, int off, int len, byte[] aad) {
    byte[] scratch = scratch(len);
    int n = body(plain, off, len, scratch);
    if (key.isEmpty()) {
      return new Sealed(scratch, n);
    }
    byte[] out = heapScratch(SEALED_OUT, Gcm.sealedLength(n));
    return new Sealed(out, Gcm.seal(use, key.get().bytes(), scratch, n, aad, out));
  }

  public byte[] openBlob(byte[] sealed, byte[] aad, int plainLength) {
    byte[] body = key.isPresent() ? decrypt(sealed, aad, ErrorCode.CORRUPT_CHUNK) : sealed;
    return unbody(body, plainLength, ErrorCode.CORRUPT_CHUNK);
  }

  /**
   * Opens the sealed chunk in {@code sealed}'s remaining bytes and writes its {@code plainLength}
   * bytes of plaintext into {@code out} from its position, without intermediate arrays (restore's
   * path). Both buffers must be direct; both positions advance.
   *
   * @throws BackupException {@code CORRUPT_CHUNK} if it does not authenticate or decode to exactly
   *     {@code plainLength} bytes
   */
  public void openBlobInto(ByteBuffer sealed, byte[] aad, int plainLength, ByteBuffer out) {
    if (!sealed.isDirect() || !out.isDirect()) {
      throw new IllegalArgumentException("openBlobInto needs direct buffers");
    }
    if (out.remaining() < plainLength) {
      throw new IllegalArgumentException("output buffer too small");
    }
    ErrorCode code = ErrorCode.CORRUPT_CHUNK;
    if (key.isEmpty()) {
      openBodyInto(sealed, plainLength, out, code);
      return;
    }
    // AES-GCM through byte arrays: the native provider copies buffers it is given into new arrays
    int len = sealed.remaining();
    byte[] in = heapScratch(SEALED_SCRATCH, len);
    sealed.get(in, 0, len);
    byte[] body = heapScratch(SCRATCH, len);
    int n;
    try {
      n = Gcm.open(use, key.get().bytes(), in, len, aad, body);
    } catch (AEADBadTagException e) {
      throw new BackupException(code, "authentication failed (corrupt or misplaced data)", e);
    }
    openBodyInto(ByteBuffer.wrap(body, 0, n), plainLength, out, code);
  }

  /**
   * Decodes a body (codec byte, then the stored or compressed bytes) into the direct buffer {@code
   * out}: from an array after decryption, or straight from the pack region for plain repositories.
   */
  private static void openBodyInto(
      ByteBuffer body, int plainLength, ByteBuffer out, ErrorCode code) {
    if (!body.hasRemaining()) {
      throw new BackupException(code, "empty body");
    }
    int codec = body.get() & 0xff;
    int len = body.remaining();
    if (codec == FormatConstants.CODEC_STORED) {
      checkLength(len, plainLength, code);
      out.put(body);
      return;
    }
    if (codec != FormatConstants.CODEC_ZSTD) {
      throw new BackupException(code, "unknown codec " + codec);
    }
    ZstdDecompressCtx z = DECOMPRESSORS.get();
    int at = out.position();
    int got;
    try {
      got =
          body.isDirect()
              ? z.decompressDirectByteBuffer(out, at, plainLength, body, body.position(), len)
              : z.decompressByteArrayToDirectByteBuffer(
                  out, at, plainLength, body.array(), body.arrayOffset() + body.position(), len);
    } catch (ZstdException e) {
      throw new BackupException(code, "zstd frame corrupt: " + e.getMessage(), e);
    }
    checkLength(got, plainLength, code);
    body.position(body.limit());
    out.position(at + got);
  }

  /** The thread's buffer in {@code holder}, with at least {@code size} bytes. */
  private static byte[] heapScratch(ThreadLocal<byte[]> holder, int size) {
    byte[] b = holder.get();
    if (b.length >= size) {
      return b;
    }
    b = new byte[Math.max(size, 1 << 16)];
    if (size <= SCRATCH_MAX) {
      holder.set(b);
    }
    return b;
  }

  /** Seals a metadata record (pack table, index frame, manifest body). */
  public byte[] sealRecord(byte[] plain, byte[] aad) {
    byte[] scratch = scratch(plain.length);
    int n = body(plain, 0, plain.length, scratch);
    if (key.isPresent()) {
      return Gcm.seal(use, key.get().bytes(), scratch, n, aad);
    }
    byte[] out = Arrays.copyOf(scratch, n + FormatConstants.PLAIN_TAG_SIZE);
    System.arraycopy(tag(aad, out, n), 0, out, n, FormatConstants.PLAIN_TAG_SIZE);
    return out;
  }

  public byte[] openRecord(byte[] sealed, byte[] aad, ErrorCode code, int maxPlain) {
    byte[] body;
    if (key.isPresent()) {
      body = decrypt(sealed, aad, code);
    } else {
      int n = sealed.length - FormatConstants.PLAIN_TAG_SIZE;
      if (n < 1) {
        throw new BackupException(code, "record truncated");
      }
      byte[] expected = Arrays.copyOfRange(sealed, n, sealed.length);
      if (!MessageDigest.isEqual(expected, tag(aad, sealed, n))) {
        throw new BackupException(code, "record checksum mismatch");
      }
      body = Arrays.copyOf(sealed, n);
    }
    return unbody(body, -maxPlain, code);
  }

  /**
   * A buffer for the body of {@code plainLength} bytes: the thread's own, reused unit after unit (a
   * backup seals one per 64 KiB chunk, and fresh arrays cost their zeroing and the collector's
   * time), or a new one for units larger than {@link #SCRATCH_MAX}.
   */
  private static byte[] scratch(int plainLength) {
    return heapScratch(SCRATCH, 1 + (int) Zstd.compressBound(plainLength));
  }

  /** Writes the body (codec byte, then the compressed or stored bytes) to {@code out}. */
  private int body(byte[] plain, int off, int len, byte[] out) {
    int bound = out.length - 1;
    int n;
    try {
      n = compressors.get().compressByteArray(out, 1, bound, plain, off, len);
    } catch (ZstdException e) {
      n = Integer.MAX_VALUE;
    }
    if (n > len - len / 16) {
      out[0] = FormatConstants.CODEC_STORED;
      System.arraycopy(plain, off, out, 1, len);
      return 1 + len;
    }
    out[0] = FormatConstants.CODEC_ZSTD;
    return 1 + n;
  }

  /**
   * Decodes a body. {@code expected > 0} is the exact plaintext length; {@code expected <= 0} means
   * "at most {@code -expected} bytes".
   */
  private static byte[] unbody(byte[] body, int expected, ErrorCode code) {
    if (body.length < 1) {
      throw new BackupException(code, "empty body");
    }
    int codec = body[0] & 0xff;
    if (codec == FormatConstants.CODEC_STORED) {
      byte[] plain = Arrays.copyOfRange(body, 1, body.length);
      checkLength(plain.length, expected, code);
      return plain;
    }
    if (codec != FormatConstants.CODEC_ZSTD) {
      throw new BackupException(code, "unknown codec " + codec);
    }
    return decompress(body, expected, code);
  }

  private static byte[] decompress(byte[] body, int expected, ErrorCode code) {
    try {
      long size = Zstd.getFrameContentSize(body, 1, body.length - 1);
      int max = expected > 0 ? expected : -expected;
      if (size < 0 || size > max) {
        throw new BackupException(code, "bad compressed size " + size);
      }
      byte[] plain = new byte[(int) size];
      int n =
          DECOMPRESSORS.get().decompressByteArray(plain, 0, plain.length, body, 1, body.length - 1);
      if (n != size) {
        throw new BackupException(code, "zstd frame corrupt");
      }
      checkLength(plain.length, expected, code);
      return plain;
    } catch (ZstdException e) {
      throw new BackupException(code, "zstd frame corrupt: " + e.getMessage(), e);
    }
  }

  private static void checkLength(int got, int expected, ErrorCode code) {
    if ((expected > 0 && got != expected) || (expected <= 0 && got > -expected)) {
      throw new BackupException(code, "plaintext length " + got + " unexpected");
    }
  }

  private byte[] decrypt(byte[] sealed, byte[] aad, ErrorCode code) {
    try {
      return Gcm.open(use, key.orElseThrow().bytes(), sealed, aad);
    } catch (AEADBadTagException e) {
      throw new BackupException(code, "authentication failed (corrupt or misplaced data)", e);
    }
  }

  private static byte[] tag(byte[] aad, byte[] body, int len) {
    MessageDigest md = Hashing.sha256();
    md.update(aad);
    md.update(body, 0, len);
    return Arrays.copyOf(md.digest(), FormatConstants.PLAIN_TAG_SIZE);
  }
}
