package dev.vireo.server.inventory.application;

import dev.vireo.server.jobs.domain.Job;
import java.util.Optional;

/**
 * Work that a host Vireo manages through a hypervisor driver needs beyond its inventory record,
 * implemented by the hosts context. The inventory's host endpoints hand such hosts over to it, so
 * that {@code POST /hosts/{id}/actions/maintenance-on} and {@code DELETE /hosts/{id}} do the right
 * thing for hand-registered and managed hosts alike. Both methods check the caller's write scope on
 * the host before submitting anything.
 */
public interface ManagedHostWork {
  /**
   * If Vireo manages the host: the submitted job that evacuates its running VMs and puts it in
   * maintenance. Empty for a host registered by hand.
   */
  Optional<Job> enterMaintenance(String hostId, String reason);

  /**
   * If Vireo manages the host and it is still at {@code expectedVersion} (412 otherwise): the
   * submitted job that disconnects it and removes it with its VMs' records. Empty for a host
   * registered by hand.
   */
  Optional<Job> remove(String hostId, long expectedVersion);
}
