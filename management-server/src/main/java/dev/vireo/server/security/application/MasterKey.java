package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.SealedSecret;

/**
 * The server master key: seals and opens secrets (Run As passwords). Implementations keep the key
 * out of the database, so a database backup alone does not reveal secrets.
 *
 * <p>Thread-safe.
 */
public interface MasterKey {
  /** Encrypts {@code plaintext}; the result names the key generation used. */
  SealedSecret seal(byte[] plaintext, String context);

  /**
   * Decrypts a sealed secret.
   *
   * @param context the same context string given to {@link #seal}; a mismatch fails
   */
  byte[] open(SealedSecret sealed, String context);

  /** The id of the current key generation. */
  String currentKeyId();
}
