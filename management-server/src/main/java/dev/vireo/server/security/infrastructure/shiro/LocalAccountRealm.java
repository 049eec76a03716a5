package dev.vireo.server.security.infrastructure.shiro;

import dev.vireo.server.security.application.Authenticator;
import dev.vireo.server.security.application.UserPrincipal;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.realm.AuthenticatingRealm;

/** Local accounts: user name and password, checked by {@link Authenticator} (Argon2id). */
public class LocalAccountRealm extends AuthenticatingRealm {
  public LocalAccountRealm() {
    // The password is verified in doGetAuthenticationInfo, against the Argon2id hash.
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthenticationTokenClass(UsernamePasswordToken.class);
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    UsernamePasswordToken t = (UsernamePasswordToken) token;
    if (t.getUsername() == null || t.getPassword() == null) {
      throw new IncorrectCredentialsException("no credentials");
    }
    UserPrincipal p =
        CDI.current()
            .select(Authenticator.class)
            .get()
            .checkPassword(t.getUsername(), t.getPassword())
            .orElseThrow(() -> new IncorrectCredentialsException("wrong user name or password"));
    return new SimpleAuthenticationInfo(p, t.getPassword(), getName());
  }
}
