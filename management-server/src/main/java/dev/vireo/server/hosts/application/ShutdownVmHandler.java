package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Shutdown}: see {@link VmPowerOperation#SHUTDOWN}. */
@ApplicationScoped
public class ShutdownVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.SHUTDOWN;
  }
}
