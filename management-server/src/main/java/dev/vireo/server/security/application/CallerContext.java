package dev.vireo.server.security.application;

import dev.vireo.server.security.domain.AccessScope;
import dev.vireo.server.shared.domain.CommonError;
import dev.vireo.server.shared.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * Who is calling and what they may touch. In a request it is the signed-in Shiro subject; in a job
 * or other background work it is the identity the work runs as ({@link #runAs}).
 *
 * <p>Thread-safe. The access scope of a user is cached briefly by {@link AccessScopeResolver}.
 */
@ApplicationScoped
public class CallerContext {
  /** The name the server uses for work it does on its own, such as periodic refresh. */
  public static final String SYSTEM = "system";

  private static final ThreadLocal<AccessScope> RUN_AS = new ThreadLocal<>();

  @Inject AccessScopeResolver resolver;

  /** The caller's scope; unauthenticated calls never reach application services. */
  public AccessScope scope() {
    AccessScope override = RUN_AS.get();
    if (override != null) {
      return override;
    }
    return principal()
        .map(resolver::scopeOf)
        .orElseThrow(
            () ->
                new DomainException(CommonError.UNAUTHENTICATED, "Sign in to use this operation."));
  }

  /** The signed-in user's id, if a user is signed in on this thread. */
  public Optional<UserPrincipal> principal() {
    AccessScope override = RUN_AS.get();
    if (override != null) {
      return Optional.of(new UserPrincipal(override.userId(), override.userName()));
    }
    try {
      Subject s = SecurityUtils.getSubject();
      Object p = s.getPrincipal();
      return p instanceof UserPrincipal up ? Optional.of(up) : Optional.empty();
    } catch (UnavailableSecurityManagerException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  /** The caller's login name, or {@value #SYSTEM} for background work. */
  public String name() {
    return principal().map(UserPrincipal::name).orElse(SYSTEM);
  }

  /** Runs {@code work} on this thread as the given scope (for jobs and background tasks). */
  public <T> T runAs(AccessScope scope, Callable<T> work) throws Exception {
    AccessScope previous = RUN_AS.get();
    RUN_AS.set(scope);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        RUN_AS.remove();
      } else {
        RUN_AS.set(previous);
      }
    }
  }

  /** Throws 403 unless the caller is an Administrator. */
  public void requireAdministrator() {
    if (!scope().administrator()) {
      throw new DomainException(
          CommonError.FORBIDDEN, "Only members of an Administrator user role may do this.");
    }
  }
}
