package dev.vireo.server.security.api;

import dev.vireo.server.security.domain.AuditEvent;
import dev.vireo.server.security.domain.RunAsAccount;
import dev.vireo.server.security.domain.UserAccount;
import dev.vireo.server.security.domain.UserRole;
import dev.vireo.server.shared.api.EntityTags;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** JSON shapes of the security resources. None of them carries a password or secret. */
public final class SecurityRepresentations {
  private SecurityRepresentations() {}

  public record UserRepresentation(
      String id,
      String name,
      String etag,
      String displayName,
      boolean enabled,
      String source,
      boolean mustChangePassword,
      Instant createdAt) {
    static UserRepresentation of(UserAccount u) {
      return new UserRepresentation(
          u.id(),
          u.name(),
          EntityTags.quoted(u.version()),
          u.displayName(),
          u.enabled(),
          u.source().name(),
          u.mustChangePassword(),
          u.createdAt());
    }
  }

  public record CreateUserRequest(String name, String displayName, String password) {}

  public record UpdateUserRequest(String displayName, Boolean enabled) {}

  public record ChangePasswordRequest(String currentPassword, String newPassword) {}

  public record UserRoleRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String profile,
      Set<String> hostGroupIds,
      Set<String> cloudIds,
      Set<String> memberIds) {
    static UserRoleRepresentation of(UserRole r) {
      return new UserRoleRepresentation(
          r.id(),
          r.name(),
          EntityTags.quoted(r.version()),
          r.description(),
          r.profile().name(),
          r.hostGroupScope(),
          r.cloudScope(),
          r.members());
    }
  }

  public record UserRoleRequest(
      String name,
      String description,
      String profile,
      List<String> hostGroupIds,
      List<String> cloudIds,
      List<String> memberIds) {}

  public record RunAsAccountRepresentation(
      String id,
      String name,
      String etag,
      String description,
      String userName,
      Instant modifiedAt) {
    static RunAsAccountRepresentation of(RunAsAccount a) {
      return new RunAsAccountRepresentation(
          a.id(),
          a.name(),
          EntityTags.quoted(a.version()),
          a.description(),
          a.userName(),
          a.modifiedAt());
    }
  }

  public record CreateRunAsAccountRequest(
      String name, String description, String userName, String secret) {
    @Override
    public String toString() {
      return "CreateRunAsAccountRequest[name=" + name + ", userName=" + userName + ", secret=***]";
    }
  }

  public record UpdateRunAsAccountRequest(String description, String userName, String secret) {
    @Override
    public String toString() {
      return "UpdateRunAsAccountRequest[userName=" + userName + ", secret=***]";
    }
  }

  public record AuditEventRepresentation(
      String id,
      Instant occurredAt,
      String principal,
      String action,
      String target,
      int outcome,
      String clientAddress,
      String detail) {
    static AuditEventRepresentation of(AuditEvent e) {
      return new AuditEventRepresentation(
          e.id(),
          e.occurredAt(),
          e.principal(),
          e.action(),
          e.target(),
          e.outcome(),
          e.clientAddress(),
          e.detail());
    }
  }

  public record TokenRepresentation(String token, String tokenType, Instant expiresAt) {
    @Override
    public String toString() {
      return "TokenRepresentation[expiresAt=" + expiresAt + "]";
    }
  }

  public record MeRepresentation(
      String id,
      String name,
      boolean administrator,
      Set<String> fabricReadHostGroups,
      Set<String> fabricWriteHostGroups,
      Set<String> readClouds,
      Set<String> manageAllVmClouds,
      Set<String> selfServiceClouds) {}
}
