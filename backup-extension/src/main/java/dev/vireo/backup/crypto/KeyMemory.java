package dev.vireo.backup.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.vireo.backup.format.FormatConstants;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers passphrase-derived keys for a bounded time, so that a long-lived process (the CLI
 * agent) does not run Argon2id again for every command on the same repository. A key is found again
 * only for the same passphrase and the same KDF parameters and salt: entries are named by an
 * HMAC-SHA-256 of those under a random key of this instance, so the passphrase itself is never
 * kept. An entry is wiped {@code ttl} after its last use, and at most {@value #MAX_ENTRIES} are
 * kept. {@link #NONE} remembers nothing (every ordinary process).
 */
public final class KeyMemory {
  /** Remembers nothing. */
  public static final KeyMemory NONE = new KeyMemory(Duration.ZERO);

  static final int MAX_ENTRIES = 32;

  private final long ttlNanos;
  private final SecretKeySpec nameKey;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  private static final class Entry {
    final byte[] kek;
    long lastUse;

    Entry(byte[] kek, long lastUse) {
      this.kek = kek;
      this.lastUse = lastUse;
    }
  }

  /** Keys are remembered for {@code ttl} after their last use; zero: not at all. */
  public KeyMemory(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    this.nameKey = new SecretKeySpec(k, "HmacSHA256");
    Arrays.fill(k, (byte) 0);
  }

  public boolean enabled() {
    return ttlNanos > 0;
  }

  /** A copy of the key remembered for this passphrase and these parameters, if any. */
  public synchronized Optional<byte[]> recall(char[] passphrase, KdfParams p) {
    if (!enabled()) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    expire(now);
    Entry e = entries.get(name(passphrase, p));
    if (e == null) {
      return Optional.empty();
    }
    e.lastUse = now;
    return Optional.of(e.kek.clone());
  }

  /** Remembers {@code kek} (copied) as the key derived from this passphrase and parameters. */
  public synchronized void remember(char[] passphrase, KdfParams p, byte[] kek) {
    if (!enabled()) {
      return;
    }
    long now = System.nanoTime();
    expire(now);
    Entry old = entries.put(name(passphrase, p), new Entry(kek.clone(), now));
    if (old != null) {
      Arrays.fill(old.kek, (byte) 0);
    }
    Iterator<Entry> it = entries.values().iterator();
    while (entries.size() > MAX_ENTRIES) {
      Arrays.fill(it.next().kek, (byte) 0); // least recently used first
      it.remove();
    }
  }

  /** Forgets the key of this passphrase and these parameters (it no longer opens the repo). */
  public synchronized void forget(char[] passphrase, KdfParams p) {
    Entry e = entries.remove(name(passphrase, p));
    if (e != null) {
      Arrays.fill(e.kek, (byte) 0);
    }
  }

  /** Wipes the keys not used for the time to live. */
  public synchronized void expire() {
    expire(System.nanoTime());
  }

  /** Wipes every key. */
  public synchronized void clear() {
    entries.values().forEach(e -> Arrays.fill(e.kek, (byte) 0));
    entries.clear();
  }

  public synchronized int size() {
    return entries.size();
  }

  private void expire(long now) {
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry e = it.next();
      if (now - e.lastUse >= ttlNanos) {
        Arrays.fill(e.kek, (byte) 0);
        it.remove();
      }
    }
  }

  private String name(char[] passphrase, KdfParams p) {
    ByteBuffer pw = UTF_8.encode(CharBuffer.wrap(passphrase));
    byte[] pwBytes = new byte[pw.remaining()];
    pw.get(pwBytes);
    if (pw.hasArray()) {
      Arrays.fill(pw.array(), (byte) 0);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(nameKey);
      mac.update(p.salt());
      mac.update(
          ByteBuffer.allocate(12)
              .putInt(p.memoryKiB())
              .putInt(p.iterations())
              .putInt(p.parallelism())
              .array());
      mac.update(pwBytes);
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    } finally {
      Arrays.fill(pwBytes, (byte) 0);
    }
  }

  static int keySize() {
    return FormatConstants.KEY_SIZE;
  }
}
