package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.regex.Pattern;

/** A library server: a machine that holds library shares. */
@Entity
@Table(name = "library_server")
public class LibraryServer extends AggregateRoot {
  private static final Pattern ADDRESS =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:\\-\\[\\]%]{0,254}");

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "address", nullable = false, length = 255)
  private String address;

  @Column(name = "run_as_account_id", length = 36)
  private String runAsAccountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private LibraryServerStatus status;

  @Column(name = "status_reason", length = 1024)
  private String statusReason;

  protected LibraryServer() {}

  private LibraryServer(String id) {
    super(id);
  }

  /** A new library server; it needs attention until it registers or is refreshed. */
  public static LibraryServer add(
      String name, String description, String address, Optional<String> runAsAccountId) {
    LibraryServer s = new LibraryServer(newId());
    s.describe(name, description, address, runAsAccountId);
    s.status = LibraryServerStatus.NEEDS_ATTENTION;
    s.statusReason = "Not refreshed yet";
    return s;
  }

  public void describe(
      String newName, String newDescription, String newAddress, Optional<String> runAs) {
    Validation.start()
        .requireName(newName, "name")
        .requireMaxLength(newDescription, 1024, "description")
        .require(
            newAddress != null && ADDRESS.matcher(newAddress).matches(),
            "address",
            "must be a DNS name or an IP address (up to 255 characters)")
        .throwIfInvalid();
    name = newName;
    description = newDescription;
    address = newAddress;
    runAsAccountId = runAs.orElse(null);
  }

  public void markResponding() {
    status = LibraryServerStatus.RESPONDING;
    statusReason = null;
  }

  public void markNotResponding(String reason) {
    Validation.start().requireMaxLength(reason, 1024, "reason").throwIfInvalid();
    status = LibraryServerStatus.NOT_RESPONDING;
    statusReason = reason;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String address() {
    return address;
  }

  public Optional<String> runAsAccountId() {
    return Optional.ofNullable(runAsAccountId);
  }

  public LibraryServerStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason == null ? "" : statusReason;
  }
}
