package dev.vireo.drivers.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

  @Test
  void credentials_hideTheSecret_handOutCopies_andCanBeWiped() {
    char[] secret = "s3cret".toCharArray();
    Credentials c = new Credentials("admin", secret);
    secret[0] = 'X';
    assertThat(c.secret()).containsExactly('s', '3', 'c', 'r', 'e', 't');
    assertThat(c.toString()).doesNotContain("s3cret").contains("admin");
    c.clear();
    assertThat(c.secret()).containsOnly('\0');
  }

  @Test
  void onlyConnectivityAndBusyKinds_areTransient() {
    assertThat(DriverErrorKind.UNREACHABLE.isTransient()).isTrue();
    assertThat(DriverErrorKind.CONNECTION_LOST.isTransient()).isTrue();
    assertThat(DriverErrorKind.BUSY.isTransient()).isTrue();
    assertThat(DriverErrorKind.AUTH_FAILED.isTransient()).isFalse();
    assertThat(DriverErrorKind.NOT_FOUND.isTransient()).isFalse();
    DriverException e =
        new DriverException(DriverErrorKind.UNREACHABLE, "connect", "No route to host", 38, null);
    assertThat(e.isTransient()).isTrue();
    assertThat(e.hypervisorMessage()).isEqualTo("No route to host");
    assertThat(e.hypervisorCode()).contains(38);
  }

  @Test
  void nbdEndpoints_formatUris() {
    assertThat(new NbdEndpoint.Tcp("h", 10809).uri("vda")).isEqualTo("nbd://h:10809/vda");
    assertThat(new NbdEndpoint.Unix("/run/x.sock").uri("vda"))
        .isEqualTo("nbd+unix:///vda?socket=/run/x.sock");
  }

  @Test
  void jobProgress_fractionCombinesDataAndMemory_andIsZeroWhenUnknown() {
    assertThat(JobProgress.none().fractionDone()).isZero();
    JobProgress p =
        new JobProgress(JobProgress.JobType.BOUNDED, Duration.ZERO, 100, 50, 50, 100, 100);
    assertThat(p.fractionDone()).isEqualTo(0.75);
  }

  @Test
  void specs_rejectNamesThatAreNotPlainAndNonPositiveSizes() {
    assertThatThrownBy(() -> new VolumeSpec("../x", 1, DiskFormat.QCOW2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new VolumeSpec("x", 0, DiskFormat.QCOW2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckpointSpec(" ", java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DiskFormat.fromXmlName("QCOW2")).isEqualTo(DiskFormat.QCOW2);
    assertThat(DiskFormat.fromXmlName("vmdk")).isEqualTo(DiskFormat.OTHER);
  }

  @Test
  void driverCapabilities_answerSupports() {
    DriverCapabilities caps =
        new DriverCapabilities(java.util.EnumSet.of(DriverCapabilities.Feature.PULL_BACKUP));
    assertThat(caps.supports(DriverCapabilities.Feature.PULL_BACKUP)).isTrue();
    assertThat(caps.supports(DriverCapabilities.Feature.LIVE_MIGRATION)).isFalse();
  }
}
