package dev.vireo.server.inventory.domain;

import dev.vireo.server.shared.domain.AggregateRoot;
import dev.vireo.server.shared.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A folder on a library server that holds library resources. */
@Entity
@Table(name = "library_share")
public class LibraryShare extends AggregateRoot {
  @Column(name = "name", nullable = false, length = 128)
  private String name;

  @Column(name = "description", length = 1024)
  private String description;

  @Column(name = "library_server_id", nullable = false, length = 36)
  private String libraryServerId;

  @Column(name = "path", nullable = false, length = 512)
  private String path;

  protected LibraryShare() {}

  private LibraryShare(String id) {
    super(id);
  }

  public static LibraryShare create(
      LibraryServer server, String name, String description, String path) {
    LibraryShare s = new LibraryShare(newId());
    s.libraryServerId = server.id();
    s.describe(name, description, path);
    return s;
  }

  public void describe(String newName, String newDescription, String newPath) {
    Validation.start()
        .requireName(newName, "name")
        .requireMaxLength(newDescription, 1024, "description")
        .throwIfInvalid();
    String clean = LibraryPaths.requireSharePath(newPath);
    name = newName;
    description = newDescription;
    path = clean;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description == null ? "" : description;
  }

  public String libraryServerId() {
    return libraryServerId;
  }

  public String path() {
    return path;
  }
}
