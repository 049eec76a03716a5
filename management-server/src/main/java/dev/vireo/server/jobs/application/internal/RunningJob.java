package dev.vireo.server.jobs.application.internal;

import java.util.concurrent.atomic.AtomicBoolean;

/** A job this process runs: its id and the flag that tells its handler to stop. Thread-safe. */
public final class RunningJob {
  private final String id;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  public RunningJob(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public void requestCancel() {
    cancelRequested.set(true);
  }

  public boolean cancelRequested() {
    return cancelRequested.get();
  }
}
