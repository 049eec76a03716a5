package dev.vireo.server.hosts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.server.inventory.domain.HostStatus;
import org.junit.jupiter.api.Test;

class ConnectionFailureTest {
  @Test
  void refusedLogin_meansAccessDenied_andKeepsTheVmsStates() {
    assertThat(ConnectionFailure.ACCESS_DENIED.hostStatus()).isEqualTo(HostStatus.ACCESS_DENIED);
    assertThat(ConnectionFailure.ACCESS_DENIED.vmsBecomeUnknown()).isFalse();
  }

  @Test
  void unreachableHost_isNotResponding_andItsVmsStatesBecomeUnknown() {
    assertThat(ConnectionFailure.UNREACHABLE.hostStatus()).isEqualTo(HostStatus.NOT_RESPONDING);
    assertThat(ConnectionFailure.UNREACHABLE.vmsBecomeUnknown()).isTrue();
  }
}
