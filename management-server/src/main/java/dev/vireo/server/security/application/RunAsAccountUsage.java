package dev.vireo.server.security.application;

import java.util.List;

/**
 * Who logs in with a Run As account, so the account cannot be deleted from under them. Contexts
 * that store Run As account ids (inventory: hosts, library servers) implement it.
 */
public interface RunAsAccountUsage {
  /** Up to {@code limit} descriptions of objects using the account, such as "host 'kvm1'". */
  List<String> usersOf(String runAsAccountId, int limit);
}
