package dev.vireo.server.hosts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HostSynchronizerTest {
  @Test
  void withdrawingAHost_runsTheRemoval_andKeepsNoStateForIt() {
    HostSynchronizer sync = new HostSynchronizer();
    sync.connections = new HostConnections();
    AtomicBoolean removed = new AtomicBoolean();
    for (int i = 0; i < 100; i++) {
      sync.withdraw("host-" + i, () -> removed.set(true));
    }
    assertThat(removed).isTrue();
    assertThat(sync.trackedHosts()).isZero();
    assertThat(sync.connections.trackedHosts()).isZero();
  }
}
