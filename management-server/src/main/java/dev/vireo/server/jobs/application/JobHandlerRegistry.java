package dev.vireo.server.jobs.application;

import dev.vireo.server.jobs.domain.JobError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * The job types this server knows: every {@link JobHandler} bean, indexed by its declared {@link
 * JobHandler#type()}. No class-name conventions: a handler exists because it is a bean and says
 * which type it serves; two handlers for one type stop the server from starting.
 */
@ApplicationScoped
public class JobHandlerRegistry {
  private static final Logger LOG = Logger.getLogger(JobHandlerRegistry.class.getName());

  @Inject @Any Instance<JobHandler> beans;

  private final Map<String, JobHandler> byType = new TreeMap<>();

  public JobHandlerRegistry() {}

  /** A registry of exactly these handlers (tests, tools). */
  public JobHandlerRegistry(List<JobHandler> handlers) {
    handlers.forEach(this::register);
  }

  @PostConstruct
  void collect() {
    beans.forEach(this::register);
    LOG.info(() -> "VIREO-JOB-001 Job types: " + String.join(", ", byType.keySet()));
  }

  private void register(JobHandler h) {
    JobHandler previous = byType.putIfAbsent(h.type(), h);
    if (previous != null) {
      throw new IllegalStateException(
          "Two job handlers declare type " + h.type() + ": " + previous + " and " + h);
    }
  }

  public Optional<JobHandler> find(String type) {
    return Optional.ofNullable(type).map(byType::get);
  }

  /** The handler, or {@code JOB_TYPE_UNKNOWN}. */
  public JobHandler require(String type) {
    return find(type)
        .orElseThrow(
            () ->
                new DomainException(
                    JobError.JOB_TYPE_UNKNOWN,
                    "There is no job type '" + type + "'. Known types: " + byType.keySet() + ".",
                    List.of(new FieldError("type", "unknown job type"))));
  }

  public List<String> types() {
    return List.copyOf(byType.keySet());
  }
}
