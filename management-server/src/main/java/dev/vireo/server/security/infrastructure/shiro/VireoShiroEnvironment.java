package dev.vireo.server.security.infrastructure.shiro;

import java.util.List;
import org.apache.shiro.lang.util.Initializable;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.web.env.DefaultWebEnvironment;
import org.apache.shiro.web.filter.mgt.DefaultFilterChainManager;
import org.apache.shiro.web.filter.mgt.PathMatchingFilterChainResolver;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro configured in code. The API is stateless: every request authenticates with HTTP Basic or a
 * bearer token, and no HTTP session is ever created. Health probes and the console's static files
 * are public; everything under {@code /api} requires authentication.
 */
public class VireoShiroEnvironment extends DefaultWebEnvironment implements Initializable {
  @Override
  public void init() {
    DefaultWebSecurityManager sm =
        new DefaultWebSecurityManager(List.of(new LocalAccountRealm(), new ApiTokenRealm()));
    DefaultSessionStorageEvaluator evaluator = new DefaultSessionStorageEvaluator();
    evaluator.setSessionStorageEnabled(false);
    DefaultSubjectDAO subjectDao = new DefaultSubjectDAO();
    subjectDao.setSessionStorageEvaluator(evaluator);
    sm.setSubjectDAO(subjectDao);
    setWebSecurityManager(sm);

    DefaultFilterChainManager chains = new DefaultFilterChainManager();
    chains.addFilter("api", new ApiAuthenticationFilter());
    chains.createChain("/health/**", "anon");
    chains.createChain("/api/**", "noSessionCreation, api");
    chains.createChain("/soap/**", "noSessionCreation, api");
    chains.createChain("/openapi/**", "noSessionCreation, api");
    chains.createChain("/openapi", "noSessionCreation, api");
    chains.createChain("/**", "anon");
    PathMatchingFilterChainResolver resolver = new PathMatchingFilterChainResolver();
    resolver.setFilterChainManager(chains);
    setFilterChainResolver(resolver);
  }
}
