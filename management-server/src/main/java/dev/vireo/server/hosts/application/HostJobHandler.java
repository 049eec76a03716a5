package dev.vireo.server.hosts.application;

import dev.vireo.server.inventory.domain.Host;
import dev.vireo.server.jobs.application.JobHandler;
import dev.vireo.server.jobs.domain.JobParameters;
import dev.vireo.server.jobs.domain.JobTarget;
import dev.vireo.server.jobs.domain.LockKeys;
import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Base of the jobs that work on one managed host (target type {@code host}): validation checks the
 * host exists, the caller may change it and it is managed; the job holds {@code host:<id>}.
 */
abstract class HostJobHandler implements JobHandler {
  static final String TARGET_TYPE = "host";

  @Inject HostAccess access;
  @Inject ManagedHosts managed;

  @Override
  public void validate(JobParameters p, Optional<JobTarget> target, AccessScope caller) {
    p.requireOnly(parameterNames());
    managed.require(access.writableHost(hostId(target)));
  }

  /** Parameters this job type accepts. */
  Set<String> parameterNames() {
    return Set.of();
  }

  @Override
  public String describe(JobParameters p, Optional<JobTarget> target) {
    return verb() + " host " + target.map(JobTarget::name).orElse("");
  }

  abstract String verb();

  @Override
  public LockKeys lockKeys(JobParameters p, Optional<JobTarget> target) {
    return LockKeys.of("host:" + hostId(target));
  }

  static String hostId(Optional<JobTarget> target) {
    return target
        .filter(t -> TARGET_TYPE.equals(t.type()))
        .map(JobTarget::id)
        .orElseThrow(
            () ->
                new DomainException(
                    CommonError.VALIDATION_FAILED, "The job needs a host as its target."));
  }

  static JobTarget target(Host h) {
    return new JobTarget(TARGET_TYPE, h.id(), h.name());
  }
}
