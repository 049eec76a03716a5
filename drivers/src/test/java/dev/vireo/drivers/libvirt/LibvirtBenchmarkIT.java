package dev.vireo.drivers.libvirt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vireo.drivers.lab.Benchmarks;
import dev.vireo.drivers.lab.Lab;
import dev.vireo.drivers.lab.LabExtension;
import dev.vireo.drivers.spi.DomainInfo;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverEvent;
import dev.vireo.drivers.spi.EventRecorder;
import dev.vireo.drivers.spi.HypervisorDriver;
import dev.vireo.drivers.spi.VireoVmId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Figures for docs/benchmarks.md: reading 50 domains through the driver, and how soon an event
 * caused outside Vireo (virsh inside the host) reaches a listener. Asserts only correctness; the
 * times are recorded, not judged.
 */
@ExtendWith(LabExtension.class)
class LibvirtBenchmarkIT {
  private static final int DOMAINS = 50;
  private static final int ROUNDS = 5;

  @Test
  void listing50Domains_returnsAllOfThemWithTheirVireoIds(Lab lab) {
    try (HypervisorDriver h2 = new LibvirtDriverFactory().create(Lab.spec(2))) {
      Path disk = lab.sharedDisk(LabDomains.uniqueName("bench"), "32M");
      List<DomainUuid> defined = new ArrayList<>();
      try {
        for (int i = 0; i < DOMAINS; i++) {
          String xml = lab.guestXml(LabDomains.uniqueName("bench" + i), disk);
          defined.add(h2.define(xml, Optional.of(new VireoVmId(UUID.randomUUID()))).uuid());
        }
        long[] millis = new long[ROUNDS];
        List<DomainInfo> listed = List.of();
        for (int r = 0; r < ROUNDS; r++) {
          long t0 = System.nanoTime();
          listed = h2.listDomains();
          millis[r] = (System.nanoTime() - t0) / 1_000_000;
        }
        assertThat(listed).extracting(DomainInfo::uuid).containsAll(defined);
        assertThat(listed).allSatisfy(d -> assertThat(d.vireoVmId()).isPresent());
        Benchmarks.record(
            "list_and_read_"
                + listed.size()
                + "_domains.median_ms="
                + median(millis)
                + " runs_ms="
                + Arrays.toString(millis));
      } finally {
        defined.forEach(h2::undefine);
      }
    }
  }

  @Test
  void externalSuspend_reachesListenerShortlyAfterVirshIsStarted(Lab lab) throws Exception {
    LabDomains domains;
    try (HypervisorDriver h2 = new LibvirtDriverFactory().create(Lab.spec(2))) {
      domains = new LabDomains(lab, h2);
      try (domains) {
        String name = LabDomains.uniqueName("evt");
        DomainUuid uuid = domains.define(h2, name, Optional.empty()).uuid();
        h2.start(uuid);
        long[] eventMillis = new long[ROUNDS];
        long[] virshMillis = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
          EventRecorder events = new EventRecorder();
          var subscription = h2.subscribe(events);
          try {
            long t0 = System.nanoTime();
            lab.exec(2, "virsh", "-q", "-c", "qemu:///system", "suspend", name);
            virshMillis[r] = (System.nanoTime() - t0) / 1_000_000;
            events.await(
                EventRecorder.lifecycle(uuid, DriverEvent.LifecycleKind.SUSPENDED),
                Duration.ofSeconds(10));
            eventMillis[r] = firstEventMillis(events, t0);
          } finally {
            subscription.close();
          }
          lab.exec(2, "virsh", "-q", "-c", "qemu:///system", "resume", name);
        }
        Benchmarks.record(
            "external_suspend_to_listener.median_ms="
                + median(eventMillis)
                + " runs_ms="
                + Arrays.toString(eventMillis)
                + " (virsh command incl. nsenter: median_ms="
                + median(virshMillis)
                + ")");
      }
    }
  }

  private static long firstEventMillis(EventRecorder events, long t0Nanos) {
    DriverEvent first = events.snapshot().get(0);
    long wallNow = System.currentTimeMillis();
    long monoNow = System.nanoTime();
    long eventMono = monoNow - (wallNow - first.receivedAt().toEpochMilli()) * 1_000_000;
    return Math.max(0, (eventMono - t0Nanos) / 1_000_000);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
