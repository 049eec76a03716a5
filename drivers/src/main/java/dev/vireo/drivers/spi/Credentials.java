package dev.vireo.drivers.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user name and secret to log in to a host (a Run As account). The secret is copied in and can be
 * wiped with {@link #clear()}; {@link #toString()} never shows it.
 */
public final class Credentials {
  private final String username;
  private final char[] secret;

  public Credentials(String username, char[] secret) {
    this.username = Objects.requireNonNull(username, "username");
    this.secret = Objects.requireNonNull(secret, "secret").clone();
  }

  public String username() {
    return username;
  }

  /** A copy of the secret; the caller should wipe it after use. */
  public char[] secret() {
    return secret.clone();
  }

  /** Overwrites the secret held by this object. */
  public void clear() {
    Arrays.fill(secret, '\0');
  }

  @Override
  public String toString() {
    return "Credentials[" + username + ", ****]";
  }
}
