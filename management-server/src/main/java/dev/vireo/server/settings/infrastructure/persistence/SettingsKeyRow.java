package dev.vireo.server.settings.infrastructure.persistence;

import dev.vireo.server.shared.domain.Utc;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** One registry key of the shared store. */
@Entity
@Table(name = "settings_key")
public class SettingsKeyRow {
  /** The id of the root key {@code Settings}, inserted by the migration. */
  public static final String ROOT_ID = "00000000-0000-0000-0000-000000000001";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "path", nullable = false, length = 512)
  private String path;

  @Column(name = "path_folded", nullable = false, length = 512)
  private String pathFolded;

  @Column(name = "parent_id", length = 36)
  private String parentId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "modified_at", nullable = false)
  private LocalDateTime modifiedAt;

  protected SettingsKeyRow() {}

  SettingsKeyRow(String id, String path, String pathFolded, String parentId) {
    this.id = id;
    this.path = path;
    this.pathFolded = pathFolded;
    this.parentId = parentId;
    this.modifiedAt = Utc.now();
  }

  String id() {
    return id;
  }

  String path() {
    return path;
  }

  String pathFolded() {
    return pathFolded;
  }

  long version() {
    return version;
  }

  void touch() {
    modifiedAt = Utc.now();
  }
}
