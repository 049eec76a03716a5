package dev.vireo.server.security.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * A user role: a profile (what members may do), a scope (host groups and clouds: where), and its
 * members. The built-in Administrator role has no scope.
 */
@Entity
@Table(name = "user_role")
public class UserRole extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "profile", nullable = false, length = 32)
  private RoleProfile profile;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role_member", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "user_id", length = 36)
  private Set<String> members = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role_host_group", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "host_group_id", length = 36)
  private Set<String> hostGroupScope = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role_cloud", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "cloud_id", length = 36)
  private Set<String> cloudScope = new HashSet<>();

  protected UserRole() {}

  public UserRole(String name, String description, RoleProfile profile) {
    super(newId());
    this.name = name;
    this.description = description;
    this.profile = profile;
  }

  /** Replaces the role's scope, checking that it fits the profile. */
  public void scopeTo(Collection<String> hostGroups, Collection<String> clouds) {
    switch (profile) {
      case ADMINISTRATOR -> requireEmpty(hostGroups, clouds, "Administrator roles have no scope");
      case TENANT_ADMINISTRATOR, APPLICATION_ADMINISTRATOR -> {
        if (!hostGroups.isEmpty()) {
          throw new DomainException(
              SecurityError.ROLE_SCOPE_INVALID,
              profile + " roles are scoped to clouds only; remove the host groups");
        }
      }
      default -> {}
    }
    hostGroupScope = new HashSet<>(hostGroups);
    cloudScope = new HashSet<>(clouds);
  }

  private static void requireEmpty(Collection<String> a, Collection<String> b, String why) {
    if (!a.isEmpty() || !b.isEmpty()) {
      throw new DomainException(SecurityError.ROLE_SCOPE_INVALID, why);
    }
  }

  public void addMember(String userId) {
    members.add(userId);
  }

  public void removeMember(String userId) {
    members.remove(userId);
  }

  public void replaceMembers(Collection<String> userIds) {
    members = new HashSet<>(userIds);
  }

  public void describe(String newName, String newDescription) {
    this.name = newName;
    this.description = newDescription;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public RoleProfile profile() {
    return profile;
  }

  public Set<String> members() {
    return Set.copyOf(members);
  }

  public Set<String> hostGroupScope() {
    return Set.copyOf(hostGroupScope);
  }

  public Set<String> cloudScope() {
    return Set.copyOf(cloudScope);
  }
}
