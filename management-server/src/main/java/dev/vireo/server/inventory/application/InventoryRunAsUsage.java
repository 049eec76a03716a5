package dev.vireo.server.inventory.application;

import dev.vireo.server.inventory.domain.HostRepository;
import dev.vireo.server.inventory.domain.LibraryRepository;
import dev.vireo.server.security.application.RunAsAccountUsage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Hosts and library servers that log in with a Run As account. */
@ApplicationScoped
public class InventoryRunAsUsage implements RunAsAccountUsage {
  @Inject HostRepository hosts;
  @Inject LibraryRepository library;

  @Override
  public List<String> usersOf(String runAsAccountId, int limit) {
    List<String> users = new ArrayList<>();
    hosts.namesUsingRunAs(runAsAccountId, limit).forEach(n -> users.add("host '" + n + "'"));
    library
        .serverNamesUsingRunAs(runAsAccountId, limit)
        .forEach(n -> users.add("library server '" + n + "'"));
    return users.subList(0, Math.min(limit, users.size()));
  }
}
