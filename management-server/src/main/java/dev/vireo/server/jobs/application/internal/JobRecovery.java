package dev.vireo.server.jobs.application.internal;

import dev.vireo.server.jobs.domain.Job;
import dev.vireo.server.shared.infrastructure.startup.ServerStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On start, before any job runs: jobs this node's previous process left running are marked Failed
 * with {@code JOB_INTERRUPTED} (they can be restarted); then the dispatcher starts. Queued jobs
 * stay queued and run as usual.
 */
@ApplicationScoped
public class JobRecovery {
  private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

  @Inject JobTransactions store;
  @Inject JobDispatcher dispatcher;

  void onServerStarted(@Observes ServerStartup.ServerStarted event) {
    try {
      for (Job j : store.interruptLeftBehind(dispatcher.node(), dispatcher.token())) {
        LOG.warning(
            "VIREO-JOB-002 Job "
                + j.id()
                + " ("
                + j.type()
                + ") was running when the server stopped; marked interrupted");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "VIREO-JOB-011 Could not mark interrupted jobs", e);
    }
    dispatcher.start();
  }
}
