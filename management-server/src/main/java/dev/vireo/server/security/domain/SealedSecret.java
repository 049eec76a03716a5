package dev.vireo.server.security.domain;

/**
 * A secret encrypted with a generation of the server master key.
 *
 * @param keyId which master key generation sealed it
 * @param ciphertext nonce, ciphertext and authentication tag
 */
public record SealedSecret(String keyId, byte[] ciphertext) {
  public SealedSecret {
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  @Override
  public String toString() {
    return "SealedSecret[keyId=" + keyId + ", " + ciphertext.length + " bytes]";
  }
}
