package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** User accounts. Implementations join the caller's transaction. */
public interface UserAccountRepository {
  Optional<UserAccount> findById(String id);

  Optional<UserAccount> findByName(String name);

  Page<UserAccount> list(PageRequest page, Optional<String> nameContains);

  long count();

  void add(UserAccount user);

  void remove(UserAccount user);
}
