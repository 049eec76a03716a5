package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Save}: see {@link VmPowerOperation#SAVE}. */
@ApplicationScoped
public class SaveVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.SAVE;
  }
}
