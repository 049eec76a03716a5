package dev.vireo.drivers.libvirt;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import dev.vireo.drivers.libvirt.LibvirtErrorClassifier.Phase;
import dev.vireo.drivers.spi.DomainUuid;
import dev.vireo.drivers.spi.DriverErrorKind;
import dev.vireo.drivers.spi.DriverException;
import dev.vireo.drivers.spi.JobProgress;
import dev.vireo.drivers.spi.MigrationResult;
import dev.vireo.drivers.spi.MigrationSpec;
import dev.vireo.drivers.spi.ProgressListener;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** Peer-to-peer live migration with progress polled from the domain's job info. */
final class MigrationOps {
  private static final String PARAM_DEST_XML = "destination_xml";
  private static final String PARAM_BANDWIDTH = "bandwidth";
  private static final int XML_SECURE_MIGRATABLE = 1 | 8;

  private final LibvirtSession session;
  private final LibvirtNative api;
  private final DomainOps domains;
  private final BackupOps jobs;

  MigrationOps(LibvirtSession session, DomainOps domains, BackupOps jobs) {
    this.session = session;
    this.api = session.api;
    this.domains = domains;
    this.jobs = jobs;
  }

  MigrationResult migrate(DomainUuid uuid, MigrationSpec spec, ProgressListener listener) {
    return session.withDomain(uuid, dom -> migrate(dom, uuid, spec, listener));
  }

  private MigrationResult migrate(
      Pointer dom, DomainUuid uuid, MigrationSpec spec, ProgressListener listener) {
    int flags;
    try {
      flags = MigrationFlags.select(spec, domains.state(dom).isActive());
    } catch (IllegalArgumentException e) {
      throw new DriverException(DriverErrorKind.INVALID_STATE, e.getMessage());
    }
    PointerByReference params = new PointerByReference();
    IntByReference count = new IntByReference();
    IntByReference max = new IntByReference();
    addParams(dom, spec, params, count, max);
    AtomicReference<JobProgress> last = new AtomicReference<>(JobProgress.none());
    ScheduledExecutorService poller = startPolling(dom, spec.pollInterval(), listener, last);
    long started = System.nanoTime();
    try {
      int rc =
          api.virDomainMigrateToURI3(
              dom, spec.destinationUri(), params.getValue(), count.getValue(), flags);
      if (rc < 0) {
        throw session.error(Phase.MIGRATE, "migrate " + uuid + " to " + spec.destinationUri());
      }
      return new MigrationResult(Duration.ofNanos(System.nanoTime() - started), last.get());
    } finally {
      poller.shutdownNow();
      awaitQuietly(poller);
      api.virTypedParamsFree(params.getValue(), count.getValue());
    }
  }

  private void addParams(
      Pointer dom,
      MigrationSpec spec,
      PointerByReference params,
      IntByReference count,
      IntByReference max) {
    if (!spec.diskPaths().isEmpty()) {
      String xml =
          DomainXml.parse(domains.xmlOf(dom, XML_SECURE_MIGRATABLE))
              .withDiskPaths(spec.diskPaths());
      session.check(
          api.virTypedParamsAddString(params, count, max, PARAM_DEST_XML, xml), "migration XML");
    }
    if (spec.bandwidthMiBps().isPresent()) {
      session.check(
          api.virTypedParamsAddULLong(
              params, count, max, PARAM_BANDWIDTH, spec.bandwidthMiBps().get()),
          "migration bandwidth");
    }
  }

  private ScheduledExecutorService startPolling(
      Pointer dom,
      Duration interval,
      ProgressListener listener,
      AtomicReference<JobProgress> last) {
    ScheduledExecutorService poller =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "vireo-libvirt-migration-progress");
              t.setDaemon(true);
              return t;
            });
    long millis = Math.max(50, interval.toMillis());
    poller.scheduleWithFixedDelay(
        () -> {
          try {
            JobProgress p = jobs.jobProgress(dom);
            if (p.type() != JobProgress.JobType.NONE) {
              last.set(p);
              listener.onProgress(p);
            }
          } catch (RuntimeException e) {
            api.virResetLastError();
          }
        },
        millis,
        millis,
        TimeUnit.MILLISECONDS);
    return poller;
  }

  private static void awaitQuietly(ScheduledExecutorService poller) {
    try {
      poller.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
