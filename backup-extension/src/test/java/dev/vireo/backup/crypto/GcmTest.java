package dev.vireo.backup.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.backup.format.FormatConstants;
import java.util.Arrays;
import java.util.Random;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class GcmTest {
  private final Random rnd = new Random(11);

  /** Where ACCP ships (and CI runs), a silent fallback to the JDK's cipher fails the build. */
  @Test
  @EnabledOnOs(value = OS.LINUX, architectures = "amd64")
  void theNativeImplementationIsInUse_onLinuxX86_64() {
    assertThat(Gcm.nativeProvider()).isNotNull();
    assertThat(Gcm.nativeProvider().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
    assertThat(Gcm.implementation()).startsWith("AWS-LC via AmazonCorrettoCryptoProvider");
  }

  @Test
  void unitsSealedByTheJdkOpenWithTheNativeImplementation_andTheOtherWayRound() throws Exception {
    for (Gcm.Use use : Gcm.Use.values()) {
      for (int size : new int[] {0, 1, 15, 16, 17, 4096, 65_536 + 3}) {
        byte[] key = bytes(FormatConstants.KEY_SIZE);
        byte[] plain = bytes(size);
        byte[] aad = bytes(9);

        byte[] sealedByJdk = jdkSeal(key, plain, aad);
        assertThat(Gcm.open(use, key, sealedByJdk, aad)).isEqualTo(plain);

        byte[] sealed = Gcm.seal(use, key, plain, aad);
        assertThat(sealed)
            .hasSize(FormatConstants.GCM_NONCE_SIZE + size + FormatConstants.GCM_TAG_SIZE);
        assertThat(jdkOpen(key, sealed, aad)).isEqualTo(plain);
      }
    }
  }

  @Test
  void whatOneUseSeals_theOtherOpens() throws Exception {
    byte[] key = bytes(FormatConstants.KEY_SIZE);
    byte[] plain = bytes(70_000);
    byte[] aad = bytes(3);
    assertThat(Gcm.open(Gcm.Use.FEW, key, Gcm.seal(Gcm.Use.BULK, key, plain, aad), aad))
        .isEqualTo(plain);
    assertThat(Gcm.open(Gcm.Use.BULK, key, Gcm.seal(Gcm.Use.FEW, key, plain, aad), aad))
        .isEqualTo(plain);
  }

  @Test
  void aFlippedBitAnywhere_orAnotherAad_failsAuthentication() {
    byte[] key = bytes(FormatConstants.KEY_SIZE);
    byte[] aad = bytes(5);
    for (Gcm.Use use : Gcm.Use.values()) {
      byte[] sealed = Gcm.seal(use, key, bytes(1000), aad);
      for (int i = 0; i < sealed.length; i += 97) {
        byte[] bad = sealed.clone();
        bad[i] ^= 0x10;
        assertThatThrownBy(() -> Gcm.open(use, key, bad, aad))
            .isInstanceOf(AEADBadTagException.class);
      }
      byte[] otherAad = Arrays.copyOf(aad, aad.length + 1);
      assertThatThrownBy(() -> Gcm.open(use, key, sealed, otherAad))
          .isInstanceOf(AEADBadTagException.class);
      assertThatThrownBy(() -> Gcm.open(use, key, Arrays.copyOf(sealed, 20), aad))
          .isInstanceOf(AEADBadTagException.class);
    }
  }

  @Test
  void everySealUsesAFreshNonce() {
    byte[] key = bytes(FormatConstants.KEY_SIZE);
    byte[] a = Gcm.seal(Gcm.Use.BULK, key, new byte[32], new byte[0]);
    byte[] b = Gcm.seal(Gcm.Use.BULK, key, new byte[32], new byte[0]);
    assertThat(Arrays.copyOf(a, FormatConstants.GCM_NONCE_SIZE))
        .isNotEqualTo(Arrays.copyOf(b, FormatConstants.GCM_NONCE_SIZE));
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  /** The JDK's own provider, named explicitly, whatever Gcm chose. */
  private static Cipher jdkCipher(int mode, byte[] key, byte[] nonce) throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    return c;
  }

  private byte[] jdkSeal(byte[] key, byte[] plain, byte[] aad) throws Exception {
    byte[] nonce = bytes(FormatConstants.GCM_NONCE_SIZE);
    Cipher c = jdkCipher(Cipher.ENCRYPT_MODE, key, nonce);
    c.updateAAD(aad);
    byte[] ct = c.doFinal(plain);
    byte[] out = Arrays.copyOf(nonce, nonce.length + ct.length);
    System.arraycopy(ct, 0, out, nonce.length, ct.length);
    return out;
  }

  private static byte[] jdkOpen(byte[] key, byte[] sealed, byte[] aad) throws Exception {
    byte[] nonce = Arrays.copyOf(sealed, FormatConstants.GCM_NONCE_SIZE);
    Cipher c = jdkCipher(Cipher.DECRYPT_MODE, key, nonce);
    c.updateAAD(aad);
    return c.doFinal(sealed, nonce.length, sealed.length - nonce.length);
  }
}
