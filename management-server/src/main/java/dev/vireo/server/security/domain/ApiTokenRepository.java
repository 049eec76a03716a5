package dev.vireo.server.security.domain;

import java.time.Instant;
import java.util.Optional;

/** Issued API tokens, by the hash of the token. */
public interface ApiTokenRepository {
  Optional<ApiToken> findByHash(String tokenHash);

  void add(ApiToken token);

  void removeByHash(String tokenHash);

  int removeExpired(Instant now);
}
