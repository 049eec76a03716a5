package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Pause}: see {@link VmPowerOperation#PAUSE}. */
@ApplicationScoped
public class PauseVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.PAUSE;
  }
}
