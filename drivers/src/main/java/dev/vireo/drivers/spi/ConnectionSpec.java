package dev.vireo.drivers.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to connect to a host.
 *
 * @param uri driver-specific address, e.g. {@code qemu+tcp://10.0.0.5/system} for libvirt
 * @param credentials login; empty when the host needs none
 * @param keepaliveInterval how often to probe the host; a host that misses {@code keepaliveCount}
 *     probes in a row is reported lost
 * @param keepaliveCount missed probes before the connection is declared lost
 */
public record ConnectionSpec(
    String uri, Optional<Credentials> credentials, Duration keepaliveInterval, int keepaliveCount) {

  public static final Duration DEFAULT_KEEPALIVE_INTERVAL = Duration.ofSeconds(5);
  public static final int DEFAULT_KEEPALIVE_COUNT = 3;

  public ConnectionSpec {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(credentials, "credentials");
    if (keepaliveInterval.isNegative() || keepaliveCount < 0) {
      throw new IllegalArgumentException("keepalive must not be negative");
    }
  }

  public static ConnectionSpec of(String uri, Credentials credentials) {
    return new ConnectionSpec(
        uri, Optional.of(credentials), DEFAULT_KEEPALIVE_INTERVAL, DEFAULT_KEEPALIVE_COUNT);
  }

  public static ConnectionSpec anonymous(String uri) {
    return new ConnectionSpec(
        uri, Optional.empty(), DEFAULT_KEEPALIVE_INTERVAL, DEFAULT_KEEPALIVE_COUNT);
  }

  public ConnectionSpec withKeepalive(Duration interval, int count) {
    return new ConnectionSpec(uri, credentials, interval, count);
  }
}
