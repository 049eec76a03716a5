package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.CloudRepository;
import dev.vireo.server.inventory.domain.HostGroupRepository;
import dev.vireo.server.security.application.ScopeTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Lets the security context check that the host groups and clouds of a role's scope exist. */
@ApplicationScoped
@Transactional
public class InventoryScopeTargets implements ScopeTargets {
  @Inject HostGroupRepository groups;
  @Inject CloudRepository clouds;

  @Override
  public boolean hostGroupExists(String hostGroupId) {
    return hostGroupId != null && groups.findById(hostGroupId).isPresent();
  }

  @Override
  public boolean cloudExists(String cloudId) {
    return cloudId != null && clouds.findById(cloudId).isPresent();
  }
}
