package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import java.util.function.Consumer;

/**
 * Where a running job's state changes are committed, one short transaction per change. A port so
 * the execution context can be tested without a database.
 */
public interface JobStateStore {
  /** Loads the job, applies {@code change} and commits; returns the changed job (detached). */
  Job change(String jobId, Consumer<Job> change);
}
