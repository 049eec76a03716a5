package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** Run As accounts. Implementations join the caller's transaction. */
public interface RunAsAccountRepository {
  Optional<RunAsAccount> findById(String id);

  Optional<RunAsAccount> findByName(String name);

  Page<RunAsAccount> list(PageRequest page);

  void add(RunAsAccount account);

  void remove(RunAsAccount account);
}
