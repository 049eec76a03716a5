package dev.vireo.drivers.libvirt;

import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.drivers.spi.ConnectionSpec;
import dev.vireo.drivers.spi.Credentials;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.HypervisorDriverContractTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The driver contract against lab host h1 (real libvirtd and QEMU/TCG). */
@ExtendWith(LabExtension.class)
class LibvirtDriverContractIT extends HypervisorDriverContractTest {
  private static Lab lab;

  @BeforeAll
  static void startLab(Lab started) {
    lab = started;
  }

  @Override
  protected String driverId() {
    return LibvirtDriverFactory.ID;
  }

  @Override
  protected ConnectionSpec host() {
    return Lab.spec(1);
  }

  @Override
  protected ConnectionSpec hostWithWrongSecret() {
    return ConnectionSpec.of(Lab.uri(1), new Credentials(Lab.USER, "wrong".toCharArray()));
  }

  @Override
  protected ConnectionSpec unreachableHost() {
    // On the lab bridge, but no host: ARP fails and connect() reports "no route to host".
    return ConnectionSpec.of(
            "qemu+tcp://10.77.0.99/system", new Credentials(Lab.USER, Lab.PASSWORD.toCharArray()))
        .withKeepalive(Duration.ofSeconds(2), 3);
  }

  @Override
  protected String startableDomain(String name) {
    return lab.guestXml(name, lab.sharedDisk(name, "32M"));
  }

  @Override
  protected void awaitGuestBooted(DomainInfo domain) {
    lab.awaitGuest(1, domain.name(), Duration.ofSeconds(120));
  }

  @Override
  protected String scratchPool() {
    return "shared";
  }
}
