package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Start}: see {@link VmPowerOperation#START}. */
@ApplicationScoped
public class StartVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.START;
  }
}
