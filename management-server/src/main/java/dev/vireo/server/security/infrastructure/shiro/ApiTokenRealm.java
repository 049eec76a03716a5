package dev.vireo.server.security.infrastructure.shiro;

import dev.vireo.server.security.application.TokenService;
import dev.vireo.server.security.application.UserPrincipal;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;

/** Opaque bearer tokens issued by {@link TokenService}. */
public class ApiTokenRealm extends AuthenticatingRealm {
  public ApiTokenRealm() {
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthenticationTokenClass(BearerToken.class);
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    String raw = ((BearerToken) token).getToken();
    UserPrincipal p =
        CDI.current()
            .select(TokenService.class)
            .get()
            .authenticate(raw)
            .map(u -> new UserPrincipal(u.id(), u.name()))
            .orElseThrow(() -> new IncorrectCredentialsException("unknown or expired token"));
    return new SimpleAuthenticationInfo(p, raw, getName());
  }
}
