package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.security.domain.RoleProfile;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.security.domain.UserRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Merges a user's roles into one {@link AccessScope}. Results are cached for a few seconds per user
 * and dropped whenever roles change, so a scope check costs no query on the hot path.
 */
@ApplicationScoped
public class AccessScopeResolver {
  private static final Duration TTL = Duration.ofSeconds(10);

  @Inject UserRoleRepository roles;

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(AccessScope scope, long expiresAtNanos) {}

  public AccessScope scopeOf(UserPrincipal user) {
    long now = System.nanoTime();
    Cached c = cache.get(user.userId());
    if (c != null && c.expiresAtNanos - now > 0) {
      return c.scope;
    }
    AccessScope scope = merge(user, roles.rolesOfUser(user.userId()));
    cache.put(user.userId(), new Cached(scope, now + TTL.toNanos()));
    return scope;
  }

  /** Forgets cached scopes; called after any change to roles or their members. */
  public void invalidate() {
    cache.clear();
  }

  static AccessScope merge(UserPrincipal user, List<UserRole> userRoles) {
    boolean admin = false;
    Set<String> fabricRead = new HashSet<>();
    Set<String> fabricWrite = new HashSet<>();
    Set<String> readClouds = new HashSet<>();
    Set<String> allVmClouds = new HashSet<>();
    Set<String> ownVmClouds = new HashSet<>();
    for (UserRole r : userRoles) {
      RoleProfile p = r.profile();
      switch (p) {
        case ADMINISTRATOR -> admin = true;
        case FABRIC_ADMINISTRATOR -> {
          fabricRead.addAll(r.hostGroupScope());
          fabricWrite.addAll(r.hostGroupScope());
          readClouds.addAll(r.cloudScope());
          allVmClouds.addAll(r.cloudScope());
        }
        case READ_ONLY_ADMINISTRATOR -> {
          fabricRead.addAll(r.hostGroupScope());
          readClouds.addAll(r.cloudScope());
        }
        case TENANT_ADMINISTRATOR -> {
          readClouds.addAll(r.cloudScope());
          allVmClouds.addAll(r.cloudScope());
        }
        case APPLICATION_ADMINISTRATOR -> {
          readClouds.addAll(r.cloudScope());
          ownVmClouds.addAll(r.cloudScope());
        }
      }
    }
    if (admin) {
      return AccessScope.unrestricted(user.userId(), user.name());
    }
    return new AccessScope(
        user.userId(),
        user.name(),
        false,
        fabricRead,
        fabricWrite,
        readClouds,
        allVmClouds,
        ownVmClouds);
  }
}
