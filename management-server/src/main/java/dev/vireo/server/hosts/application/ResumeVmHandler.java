package dev.vireo.server.hosts.application;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code Vms.Resume}: see {@link VmPowerOperation#RESUME}. */
@ApplicationScoped
public class ResumeVmHandler extends VmPowerHandler {
  @Override
  VmPowerOperation operation() {
    return VmPowerOperation.RESUME;
  }
}
