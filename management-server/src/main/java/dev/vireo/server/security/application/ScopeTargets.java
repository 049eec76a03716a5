package dev.vireo.server.security.application;

/**
 * Lets the security context check that host groups and clouds named in a role's scope exist,
 * without depending on the inventory's internals. The inventory context provides the bean.
 */
public interface ScopeTargets {
  boolean hostGroupExists(String hostGroupId);

  boolean cloudExists(String cloudId);
}
