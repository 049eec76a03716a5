package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A file in a library share: a disk image, ISO, script, driver or package. */
@Entity
@Table(name = "library_resource")
public class LibraryResource extends AggregateRoot {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "library_share_id", nullable = false, length = 36)
  private String libraryShareId;

  @Column(name = "relative_path", nullable = false, length = 512)
  private String relativePath;

  @Enumerated(EnumType.STRING)
  @Column(name = "resource_type", nullable = false, length = 16)
  private LibraryResourceType type;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", length = 64)
  private String sha256;

  protected LibraryResource() {}

  private LibraryResource(String id) {
    super(id);
  }

  /** The file's facts: name, type, size and (once computed) its SHA-256 in hex. */
  public record Facts(
      String name,
      String description,
      LibraryResourceType type,
      long sizeBytes,
      Optional<String> sha256) {}

  public static LibraryResource create(LibraryShare share, String relativePath, Facts facts) {
    LibraryResource r = new LibraryResource(newId());
    r.libraryShareId = share.id();
    r.update(relativePath, facts);
    return r;
  }

  public void update(String newRelativePath, Facts f) {
    Validation.start()
        .requireName(f.name(), "name")
        .requireMaxLength(f.description(), 1024, "description")
        .require(
            f.type() != null,
            "type",
            "must be one of " + java.util.Arrays.toString(LibraryResourceType.values()))
        .require(f.sizeBytes() >= 0, "sizeBytes", "must be 0 or more")
        .require(
            f.sha256().map(h -> SHA256.matcher(h).matches()).orElse(true),
            "sha256",
            "must be 64 hexadecimal digits")
        .throwIfInvalid();
    relativePath = LibraryPaths.requireRelativePath(newRelativePath);
    name = f.name();
    description = f.description();
    type = f.type();
    sizeBytes = f.sizeBytes();
    sha256 = f.sha256().map(h -> h.toLowerCase(Locale.ROOT)).orElse(null);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String libraryShareId() {
    return libraryShareId;
  }

  public String relativePath() {
    return relativePath;
  }

  public LibraryResourceType type() {
    return type;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Optional<String> sha256() {
    return Optional.ofNullable(sha256);
  }
}
