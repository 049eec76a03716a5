package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserAccountRepository;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.security.domain.UserRoleRepository;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Local user accounts. Only Administrators manage users; everyone may read themselves. */
@ApplicationScoped
@Transactional
public class UserService {
  @Inject UserAccountRepository users;
  @Inject UserRoleRepository roles;
  @Inject PasswordHasher hasher;
  @Inject CallerContext caller;
  @Inject AccessScopeResolver scopes;
  @Inject Authenticator authenticator;

  public UserAccount create(String name, String displayName, char[] password) {
    caller.requireAdministrator();
    Validation.start()
        .requireName(name, "name")
        .requireMaxLength(displayName, 256, "displayName")
        .require(password != null, "password", "must not be empty")
        .throwIfInvalid();
    PasswordHasher.requireStrong(password, "password");
    if (users.findByName(name).isPresent()) {
      throw new DomainException(
          SecurityError.USER_NAME_TAKEN, "A user named '" + name + "' already exists.");
    }
    UserAccount u = UserAccount.local(name, displayName, hasher.hash(password));
    users.add(u);
    return u;
  }

  public Page<UserAccount> list(PageRequest page, Optional<String> nameContains) {
    caller.requireAdministrator();
    return users.list(page, nameContains);
  }

  public UserAccount get(String id) {
    boolean self = caller.principal().map(p -> p.userId().equals(id)).orElse(false);
    if (!self) {
      caller.requireAdministrator();
    }
    return users.findById(id).orElseThrow(() -> notFound(id));
  }

  public UserAccount update(String id, long expectedVersion, String displayName, Boolean enabled) {
    caller.requireAdministrator();
    UserAccount u = get(id);
    Versions.check(expectedVersion, u.version());
    if (displayName != null) {
      Validation.start().requireMaxLength(displayName, 256, "displayName").throwIfInvalid();
      u.rename(displayName);
    }
    if (Boolean.FALSE.equals(enabled)) {
      requireNotLastAdministrator(u);
      u.disable();
    } else if (Boolean.TRUE.equals(enabled)) {
      u.enable();
    }
    scopes.invalidate();
    authenticator.forgetVerifiedCredentials();
    return u;
  }

  /** Changes a password: the user's own (knowing the current one) or anyone's as Administrator. */
  public void changePassword(String id, Optional<char[]> currentPassword, char[] newPassword) {
    UserAccount u = get(id);
    boolean self = caller.principal().map(p -> p.userId().equals(id)).orElse(false);
    if (self && !caller.scope().administrator()) {
      boolean ok =
          currentPassword.isPresent()
              && u.passwordHash().map(h -> hasher.matches(currentPassword.get(), h)).orElse(false);
      if (!ok) {
        throw new DomainException(
            SecurityError.WEAK_PASSWORD, "The current password is not correct.");
      }
    }
    PasswordHasher.requireStrong(newPassword, "newPassword");
    u.changePassword(hasher.hash(newPassword), !self);
    authenticator.forgetVerifiedCredentials();
  }

  public void delete(String id, long expectedVersion) {
    caller.requireAdministrator();
    UserAccount u = get(id);
    Versions.check(expectedVersion, u.version());
    requireNotLastAdministrator(u);
    for (UserRole r : roles.rolesOfUser(id)) {
      r.removeMember(id);
    }
    users.remove(u);
    scopes.invalidate();
    authenticator.forgetVerifiedCredentials();
  }

  private void requireNotLastAdministrator(UserAccount u) {
    boolean isAdmin =
        roles.rolesOfUser(u.id()).stream()
            .anyMatch(
                r -> r.profile() == dev.vireo.server.security.domain.RoleProfile.ADMINISTRATOR);
    if (isAdmin && roles.countEnabledAdministratorsExcept(u.id()) == 0) {
      throw new DomainException(
          SecurityError.LAST_ADMINISTRATOR,
          "'" + u.name() + "' is the last enabled Administrator; add another Administrator first.");
    }
  }

  private static DomainException notFound(String id) {
    return new DomainException(SecurityError.USER_NOT_FOUND, "No user with id " + id + ".");
  }
}
