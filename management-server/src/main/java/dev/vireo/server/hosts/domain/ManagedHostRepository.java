package dev.vireo.server.hosts.domain;

import java.util.List;
import java.util.Optional;

/** The managed hosts. */
public interface ManagedHostRepository {
  Optional<ManagedHost> findByHostId(String hostId);

  List<ManagedHost> all();

  void add(ManagedHost host);

  void remove(ManagedHost host);
}
