package dev.vireo.server.hosts.application;

import dev.vireo.server.security.application.CallerContext;
import dev.vireo.server.security.domain.AccessScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs background host-management work (events, periodic refresh) as the server itself. */
@ApplicationScoped
public class SystemWork {
  private static final Logger LOG = Logger.getLogger(SystemWork.class.getName());

  @Inject CallerContext caller;

  /** Runs {@code work} in the system scope; failures are logged with {@code id}, never thrown. */
  public void run(String id, String what, Runnable work) {
    try {
      caller.runAs(
          AccessScope.unrestricted("", CallerContext.SYSTEM),
          () -> {
            work.run();
            return null;
          });
    } catch (Exception e) {
      LOG.log(Level.WARNING, id + " " + what + " failed: " + e.getMessage());
    }
  }
}
