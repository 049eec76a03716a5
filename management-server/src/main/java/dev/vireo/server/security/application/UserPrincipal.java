package dev.vireo.server.security.application;

import java.io.Serializable;

/**
 * The principal a signed-in Shiro subject carries.
 *
 * @param userId the user's id
 * @param name the user's login name
 */
public record UserPrincipal(String userId, String name) implements Serializable {
  @Override
  public String toString() {
    return name;
  }
}
