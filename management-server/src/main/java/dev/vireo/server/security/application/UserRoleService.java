package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.RoleProfile;
import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.security.domain.UserAccountRepository;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.security.domain.UserRoleRepository;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.FieldError;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** User roles: profile, scope and members. Administrators only. */
@ApplicationScoped
@Transactional
public class UserRoleService {
  @Inject UserRoleRepository roles;
  @Inject UserAccountRepository users;
  @Inject CallerContext caller;
  @Inject AccessScopeResolver scopes;
  @Inject Instance<ScopeTargets> scopeTargets;

  /** The description of a role to create or replace. */
  public record RoleSpec(
      String name,
      String description,
      RoleProfile profile,
      Collection<String> hostGroupIds,
      Collection<String> cloudIds,
      Collection<String> memberIds) {}

  public UserRole create(RoleSpec spec) {
    caller.requireAdministrator();
    validate(spec);
    if (roles.findByName(spec.name()).isPresent()) {
      throw new DomainException(
          SecurityError.ROLE_NAME_TAKEN, "A user role named '" + spec.name() + "' already exists.");
    }
    UserRole r = new UserRole(spec.name(), spec.description(), spec.profile());
    apply(r, spec);
    roles.add(r);
    scopes.invalidate();
    return r;
  }

  public List<UserRole> list() {
    caller.requireAdministrator();
    return roles.all();
  }

  public UserRole get(String id) {
    caller.requireAdministrator();
    return roles
        .findById(id)
        .orElseThrow(
            () ->
                new DomainException(
                    SecurityError.ROLE_NOT_FOUND, "No user role with id " + id + "."));
  }

  public UserRole update(String id, long expectedVersion, RoleSpec spec) {
    UserRole r = get(id);
    Versions.check(expectedVersion, r.version());
    validate(spec);
    if (spec.profile() != r.profile()) {
      throw new DomainException(
          SecurityError.ROLE_SCOPE_INVALID,
          "The profile of a role cannot change; create a new role instead.",
          List.of(new FieldError("profile", "must stay " + r.profile())));
    }
    roles
        .findByName(spec.name())
        .filter(o -> !o.id().equals(id))
        .ifPresent(
            o -> {
              throw new DomainException(
                  SecurityError.ROLE_NAME_TAKEN,
                  "A user role named '" + spec.name() + "' already exists.");
            });
    r.describe(spec.name(), spec.description());
    apply(r, spec);
    if (r.profile() == RoleProfile.ADMINISTRATOR) {
      requireSomeAdministratorLeft(r);
    }
    scopes.invalidate();
    return r;
  }

  public void delete(String id, long expectedVersion) {
    UserRole r = get(id);
    Versions.check(expectedVersion, r.version());
    if (r.profile() == RoleProfile.ADMINISTRATOR) {
      r.replaceMembers(List.of());
      requireSomeAdministratorLeft(r);
    }
    roles.remove(r);
    scopes.invalidate();
  }

  private void requireSomeAdministratorLeft(UserRole changed) {
    boolean any =
        roles.all().stream()
            .filter(x -> x.profile() == RoleProfile.ADMINISTRATOR)
            .flatMap(x -> (x.id().equals(changed.id()) ? changed : x).members().stream())
            .anyMatch(u -> users.findById(u).map(a -> a.enabled()).orElse(false));
    if (!any) {
      throw new DomainException(
          SecurityError.LAST_ADMINISTRATOR,
          "At least one enabled user must stay in an Administrator role.");
    }
  }

  private void apply(UserRole r, RoleSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    for (String m : spec.memberIds()) {
      if (users.findById(m).isEmpty()) {
        errors.add(new FieldError("memberIds", "no user with id " + m));
      }
    }
    if (scopeTargets.isResolvable()) {
      ScopeTargets t = scopeTargets.get();
      spec.hostGroupIds().stream()
          .filter(h -> !t.hostGroupExists(h))
          .forEach(h -> errors.add(new FieldError("hostGroupIds", "no host group with id " + h)));
      spec.cloudIds().stream()
          .filter(c -> !t.cloudExists(c))
          .forEach(c -> errors.add(new FieldError("cloudIds", "no cloud with id " + c)));
    }
    if (!errors.isEmpty()) {
      throw new DomainException(
          dev.vireo.server.shared.domain.CommonError.VALIDATION_FAILED,
          "The role refers to objects that do not exist.",
          errors);
    }
    r.scopeTo(spec.hostGroupIds(), spec.cloudIds());
    r.replaceMembers(spec.memberIds());
  }

  private static void validate(RoleSpec spec) {
    Validation.start()
        .requireName(spec.name(), "name")
        .requireMaxLength(spec.description(), 1024, "description")
        .require(
            spec.profile() != null,
            "profile",
            "must be one of ADMINISTRATOR, FABRIC_ADMINISTRATOR, READ_ONLY_ADMINISTRATOR, TENANT_ADMINISTRATOR, APPLICATION_ADMINISTRATOR")
        .throwIfInvalid();
  }
}
