package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.RunAsAccount;
import dev.vireo.server.security.domain.RunAsAccountRepository;
import dev.vireo.server.security.domain.SealedSecret;
import dev.vireo.server.security.domain.SecurityError;
import dev.vireo.server.shared.domain.DomainException;
import dev.vireo.server.shared.domain.Page;
import dev.vireo.server.shared.domain.PageRequest;
import dev.vireo.server.shared.domain.Validation;
import dev.vireo.server.shared.domain.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run As accounts: credentials for hosts and library shares. Secrets go in, never out: the API can
 * replace a secret but not read it; only {@link #credentialsFor} (used by drivers, inside the
 * server) decrypts one.
 */
@ApplicationScoped
@Transactional
public class RunAsAccountService {
  @Inject RunAsAccountRepository accounts;
  @Inject MasterKey masterKey;
  @Inject CallerContext caller;
  @Inject jakarta.enterprise.inject.Instance<RunAsAccountUsage> usages;

  private static final int SHOWN_USERS = 5;

  /** Decrypted credentials; the caller must wipe {@code secret} after use. */
  public record Credentials(String userName, char[] secret) {
    @Override
    public String toString() {
      return "Credentials[userName=" + userName + ", secret=***]";
    }
  }

  public RunAsAccount create(String name, String description, String userName, char[] secret) {
    caller.requireAdministrator();
    validate(name, description, userName, secret);
    if (accounts.findByName(name).isPresent()) {
      throw new DomainException(
          SecurityError.RUN_AS_NAME_TAKEN, "A Run As account named '" + name + "' already exists.");
    }
    RunAsAccount a = new RunAsAccount(name, description, userName, seal(secret, name));
    accounts.add(a);
    return a;
  }

  public Page<RunAsAccount> list(PageRequest page) {
    caller.requireAdministrator();
    return accounts.list(page);
  }

  public RunAsAccount get(String id) {
    caller.requireAdministrator();
    return find(id);
  }

  private RunAsAccount find(String id) {
    return accounts
        .findById(id)
        .orElseThrow(
            () ->
                new DomainException(
                    SecurityError.RUN_AS_NOT_FOUND, "No Run As account with id " + id + "."));
  }

  public RunAsAccount update(
      String id, long expectedVersion, String description, String userName, char[] secret) {
    RunAsAccount a = get(id);
    Versions.check(expectedVersion, a.version());
    Validation.start().requireMaxLength(description, 1024, "description").throwIfInvalid();
    if (description != null) {
      a.describe(a.name(), description);
    }
    if (userName != null || secret != null) {
      Validation.start()
          .requireText(userName, "userName")
          .require(
              secret != null && secret.length > 0, "secret", "must be given together with userName")
          .throwIfInvalid();
      a.changeCredentials(userName, seal(secret, a.name()));
    }
    return a;
  }

  /**
   * Deletes the account unless a host or library server still logs in with it ({@code
   * RUN_AS_IN_USE}, naming them).
   */
  public void delete(String id, long expectedVersion) {
    RunAsAccount a = get(id);
    Versions.check(expectedVersion, a.version());
    List<String> users = new ArrayList<>();
    for (RunAsAccountUsage u : usages) {
      users.addAll(u.usersOf(id, SHOWN_USERS + 1));
    }
    if (!users.isEmpty()) {
      String list =
          String.join(", ", users.subList(0, Math.min(SHOWN_USERS, users.size())))
              + (users.size() > SHOWN_USERS ? " and more" : "");
      throw new DomainException(
          SecurityError.RUN_AS_IN_USE,
          "Run As account '"
              + a.name()
              + "' is used by "
              + list
              + "; give them another account first, then delete this one.");
    }
    accounts.remove(a);
  }

  /** Decrypts an account's credentials for use by a driver inside the server. */
  public Credentials credentialsFor(String id) {
    RunAsAccount a = find(id);
    byte[] plain = masterKey.open(a.sealedSecret(), "run-as:" + a.name());
    CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
    char[] secret = Arrays.copyOf(cb.array(), cb.limit());
    Arrays.fill(plain, (byte) 0);
    Arrays.fill(cb.array(), '\0');
    return new Credentials(a.userName(), secret);
  }

  /** Seals a secret for the account {@code name}; its UTF-8 copy is wiped once sealed. */
  private SealedSecret seal(char[] secret, String name) {
    byte[] plain = SecretBytes.utf8(secret);
    try {
      return masterKey.seal(plain, "run-as:" + name);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }

  private static void validate(String name, String description, String userName, char[] secret) {
    Validation.start()
        .requireName(name, "name")
        .requireMaxLength(description, 1024, "description")
        .requireText(userName, "userName")
        .requireMaxLength(userName, 256, "userName")
        .require(secret != null && secret.length > 0, "secret", "must not be empty")
        .throwIfInvalid();
  }
}
