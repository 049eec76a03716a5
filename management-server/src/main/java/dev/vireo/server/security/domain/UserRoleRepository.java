package dev.vireo.server.security.domain;

import java.util.List;
import java.util.Optional;

/** User roles. Implementations join the caller's transaction. */
public interface UserRoleRepository {
  Optional<UserRole> findById(String id);

  Optional<UserRole> findByName(String name);

  List<UserRole> rolesOfUser(String userId);

  List<UserRole> all();

  /** How many enabled users hold an Administrator role, other than {@code exceptUserId}. */
  long countEnabledAdministratorsExcept(String exceptUserId);

  void add(UserRole role);

  void remove(UserRole role);
}
