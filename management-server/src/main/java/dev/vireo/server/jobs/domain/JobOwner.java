package dev.vireo.server.jobs.domain;

import java.util.Objects;

/**
 * Who a job runs for: its permissions are the owner's. The server's own jobs belong to {@link
 * #system()}.
 *
 * @param userId the user's id, empty for the server itself
 * @param name the user's login name, {@code system} for the server itself
 */
public record JobOwner(String userId, String name) {
  public JobOwner {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(name, "name");
  }

  /** The server acting on its own (scheduled maintenance). */
  public static JobOwner system() {
    return new JobOwner("", "system");
  }

  public boolean isSystem() {
    return userId.isEmpty();
  }
}
