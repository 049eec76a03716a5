package dev.vireo.drivers.libvirt;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.vireo.drivers.spi.Credentials;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Answers libvirt's credential prompts ({@code virConnectAuthCallbackPtr}) from a Run As account:
 * the user name for USERNAME/AUTHNAME, the secret for PASSPHRASE. Anything else, or no credentials
 * at all, makes the callback fail so libvirt reports an authentication error instead of waiting for
 * a terminal. Answers are {@code malloc}ed because libvirt frees them.
 */
final class CredentialCallback implements LibvirtNative.AuthCallback {
  static final int CRED_USERNAME = 1;
  static final int CRED_AUTHNAME = 2;
  static final int CRED_PASSPHRASE = 5;
  private static final int[] SUPPORTED = {CRED_AUTHNAME, CRED_USERNAME, CRED_PASSPHRASE};

  private final Optional<Credentials> credentials;
  private final Memory credTypes;
  private final LibvirtNative.VirConnectAuth auth;

  CredentialCallback(Optional<Credentials> credentials) {
    this.credentials = credentials;
    this.credTypes = new Memory(4L * SUPPORTED.length);
    credTypes.write(0, SUPPORTED, 0, SUPPORTED.length);
    this.auth = new LibvirtNative.VirConnectAuth();
    auth.credtype = credTypes;
    auth.ncredtype = SUPPORTED.length;
    auth.cb = this;
    auth.write();
  }

  /** The {@code virConnectAuth} to pass to {@code virConnectOpenAuth}; valid while this lives. */
  LibvirtNative.VirConnectAuth auth() {
    return auth;
  }

  @Override
  public int invoke(Pointer creds, int ncred, Pointer cbdata) {
    try {
      if (credentials.isEmpty()) {
        return -1;
      }
      int size = new LibvirtNative.VirConnectCredential().size();
      for (int i = 0; i < ncred; i++) {
        var cred = new LibvirtNative.VirConnectCredential(creds.share((long) i * size));
        cred.readField("type");
        byte[] answer = answer(cred.type);
        if (answer == null) {
          return -1;
        }
        Pointer mem = new Pointer(Native.malloc(answer.length + 1L));
        mem.write(0, answer, 0, answer.length);
        mem.setByte(answer.length, (byte) 0);
        Arrays.fill(answer, (byte) 0);
        cred.result = mem;
        cred.resultlen = answer.length;
        cred.writeField("result");
        cred.writeField("resultlen");
      }
      return 0;
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private byte[] answer(int type) {
    Credentials c = credentials.orElseThrow();
    return switch (type) {
      case CRED_USERNAME, CRED_AUTHNAME -> c.username().getBytes(StandardCharsets.UTF_8);
      case CRED_PASSPHRASE -> secretBytes(c);
      default -> null;
    };
  }

  private static byte[] secretBytes(Credentials c) {
    char[] secret = c.secret();
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
    Arrays.fill(secret, '\0');
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return bytes;
  }
}
