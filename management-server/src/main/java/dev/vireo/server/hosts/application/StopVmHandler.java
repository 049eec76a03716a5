package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Stop}: see {@link VmPowerOperation#STOP}. */
@ApplicationScoped
public class StopVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.STOP;
  }
}
