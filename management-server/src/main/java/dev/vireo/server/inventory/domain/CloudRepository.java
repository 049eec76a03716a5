package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import java.util.Optional;

/** Clouds. Implementations join the caller's transaction. */
public interface CloudRepository {
  Optional<Cloud> findById(String id);

  Optional<Cloud> findByName(String name);

  Page<Cloud> list(InventoryScope scope, Optional<String> nameContains, PageRequest page);

  long countUsingShare(String libraryShareId);

  void add(Cloud cloud);

  void remove(Cloud cloud);
}
