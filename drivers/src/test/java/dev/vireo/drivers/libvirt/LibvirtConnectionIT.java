package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vireo.drivers.lab.Benchmarks;
import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.drivers.spi.ConnectionSpec;
import dev.vireo.drivers.spi.Credentials;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.EventRecorder;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.HypervisorDriverFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the driver reports when a host's daemon dies, and that reconnecting works after. */
@ExtendWith(LabExtension.class)
class LibvirtConnectionIT {
  private final HypervisorDriverFactory factory = new LibvirtDriverFactory();

  @Test
  void killedDaemon_raisesConnectionLost_failsCallsTransiently_andReconnectWorksAfterRestart(
      Lab lab) throws Exception {
    EventRecorder events = new EventRecorder();
    try (HypervisorDriver h2 = factory.create(Lab.spec(2))) {
      h2.subscribe(events);
      String hostUuid = h2.hostInfo().uuid().toString();
      try {
        lab.killDaemon(2);

        events.await(e -> e instanceof DriverEvent.ConnectionLost, Duration.ofSeconds(20));
        assertThat(h2.isAlive()).isFalse();
        assertThatThrownBy(h2::listDomains)
            .isInstanceOfSatisfying(
                DriverException.class,
                e -> {
                  assertThat(e.kind()).isEqualTo(DriverErrorKind.CONNECTION_LOST);
                  assertThat(e.isTransient()).isTrue();
                });
        assertThatThrownBy(() -> factory.create(Lab.spec(2)))
            .isInstanceOfSatisfying(
                DriverException.class,
                e -> assertThat(e.kind()).isEqualTo(DriverErrorKind.UNREACHABLE));
      } finally {
        lab.startDaemon(2);
      }
      try (HypervisorDriver again = factory.create(Lab.spec(2))) {
        assertThat(again.hostInfo().uuid().toString()).isEqualTo(hostUuid);
        assertThat(again.isAlive()).isTrue();
      }
    }
  }

  @Test
  void hungDaemon_isDetectedByKeepalive_asConnectionLost(Lab lab) throws Exception {
    EventRecorder events = new EventRecorder();
    try (HypervisorDriver h2 = factory.create(Lab.spec(2))) {
      h2.subscribe(events);
      long started = System.nanoTime();
      lab.pauseDaemon(2);
      try {
        DriverEvent lost =
            events.await(e -> e instanceof DriverEvent.ConnectionLost, Duration.ofSeconds(30));
        assertThat(((DriverEvent.ConnectionLost) lost).reason())
            .isEqualTo(DriverEvent.LossReason.KEEPALIVE_TIMEOUT);
        Benchmarks.record(
            "keepalive_detects_hung_host.ms="
                + (System.nanoTime() - started) / 1_000_000
                + " (interval 2 s, count 3)");
      } finally {
        lab.resumeDaemon(2);
      }
      assertThatThrownBy(h2::hostInfo)
          .isInstanceOfSatisfying(
              DriverException.class,
              e -> assertThat(e.kind()).isEqualTo(DriverErrorKind.CONNECTION_LOST));
    }
    try (HypervisorDriver again = factory.create(Lab.spec(2))) {
      assertThat(again.isAlive()).isTrue();
    }
  }

  @Test
  void unknownHostName_isTransientUnreachable_withLibvirtsMessageKept() {
    ConnectionSpec spec =
        ConnectionSpec.of(
            "qemu+tcp://no-such-host.invalid/system",
            new Credentials(Lab.USER, Lab.PASSWORD.toCharArray()));
    assertThatThrownBy(() -> factory.create(spec))
        .isInstanceOfSatisfying(
            DriverException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DriverErrorKind.UNREACHABLE);
              assertThat(e.isTransient()).isTrue();
              assertThat(e.hypervisorMessage()).contains("no-such-host.invalid");
            });
  }
}
