package dev.vireo.server.security.infrastructure.keys;

import dev.vireo.server.security.application.MasterKey;
import dev.vireo.server.security.domain.SealedSecret;
import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.infrastructure.database.ServerEnvironment;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key in {@code <data-dir>/keys/master.key} (mode 0600), created on first start.
 * Secrets are sealed with AES-256-GCM: a fresh 96-bit nonce per secret, the context string as
 * associated data, so a ciphertext moved to another account does not open.
 */
@ApplicationScoped
public class MasterKeyFile implements MasterKey {
  private static final int NONCE = 12;
  private static final int TAG_BITS = 128;
  private final SecureRandom random = new SecureRandom();
  private byte[] key;
  private String keyId;

  @PostConstruct
  void load() {
    Path file = ServerEnvironment.dataDirectory().resolve("keys").resolve("master.key");
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      key = Files.readAllBytes(file);
      if (key.length != 32) {
        throw new DomainException(
            SecurityError.MASTER_KEY_UNAVAILABLE,
            "The master key file "
                + file
                + " is damaged (expected 32 bytes). Restore it from a server backup.");
      }
      keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 8);
    } catch (IOException | GeneralSecurityException e) {
      throw new DomainException(
          SecurityError.MASTER_KEY_UNAVAILABLE,
          "Cannot read or create the master key at " + file + ": " + e.getMessage());
    }
  }

  private void create(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    byte[] k = new byte[32];
    random.nextBytes(k);
    Path tmp = file.resolveSibling("master.key.tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(
        tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(k));
      ch.force(true);
    }
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    }
  }

  @Override
  public SealedSecret seal(byte[] plaintext, String context) {
    try {
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, context);
      byte[] ct = c.doFinal(plaintext);
      return new SealedSecret(
          keyId, ByteBuffer.allocate(NONCE + ct.length).put(nonce).put(ct).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  @Override
  public byte[] open(SealedSecret sealed, String context) {
    if (!keyId.equals(sealed.keyId())) {
      throw new DomainException(
          SecurityError.SECRET_UNREADABLE,
          "The secret was sealed with master key "
              + sealed.keyId()
              + ", but this server has key "
              + keyId
              + ". Restore the matching key from the server backup.");
    }
    byte[] all = sealed.ciphertext();
    try {
      byte[] nonce = java.util.Arrays.copyOf(all, NONCE);
      return cipher(Cipher.DECRYPT_MODE, nonce, context).doFinal(all, NONCE, all.length - NONCE);
    } catch (GeneralSecurityException e) {
      throw new DomainException(
          SecurityError.SECRET_UNREADABLE,
          "A stored secret failed its integrity check; set the Run As account's credentials again.");
    }
  }

  private Cipher cipher(int mode, byte[] nonce, String context) throws GeneralSecurityException {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return c;
  }

  @Override
  public String currentKeyId() {
    return keyId;
  }
}
