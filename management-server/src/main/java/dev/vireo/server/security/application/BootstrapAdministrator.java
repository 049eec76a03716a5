package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.RoleProfile;
import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserAccountRepository;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.security.domain.UserRoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the very first start (no users at all) creates the {@code administrator} account and the
 * built-in Administrator role. The password comes from {@code VIREO_ADMIN_PASSWORD} (or {@code
 * vireo.admin.password}); otherwise a random one-time password is printed once to the log and must
 * be changed at first sign-in.
 */
@ApplicationScoped
public class BootstrapAdministrator {
  public static final String ADMIN_NAME = "administrator";
  public static final String ADMIN_ROLE = "Administrators";
  private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  @Inject UserAccountRepository users;
  @Inject UserRoleRepository roles;
  @Inject PasswordHasher hasher;

  @Transactional
  public void ensureAdministrator(Optional<String> configuredPassword) {
    if (users.count() > 0) {
      return;
    }
    String password = configuredPassword.orElseGet(BootstrapAdministrator::oneTimePassword);
    UserAccount admin =
        UserAccount.local(
            ADMIN_NAME, "Built-in administrator", hasher.hash(password.toCharArray()));
    if (configuredPassword.isEmpty()) {
      admin.changePassword(hasher.hash(password.toCharArray()), true);
    }
    users.add(admin);
    UserRole role =
        new UserRole(
            ADMIN_ROLE, "Built-in role: full control of everything", RoleProfile.ADMINISTRATOR);
    role.addMember(admin.id());
    roles.add(role);
    if (configuredPassword.isPresent()) {
      LOG.info(
          "VIREO-SEC-001 Created user 'administrator' with the password from VIREO_ADMIN_PASSWORD");
    } else {
      LOG.warning(
          "VIREO-SEC-002 Created user 'administrator' with one-time password: "
              + password
              + "  (shown once; sign in and change it)");
    }
  }

  private static String oneTimePassword() {
    SecureRandom r = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      if (i % 5 == 4 && i < 19) {
        sb.append('-');
      }
    }
    return sb.toString();
  }
}
