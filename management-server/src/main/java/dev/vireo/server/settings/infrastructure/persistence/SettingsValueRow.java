package dev.vireo.server.settings.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One value of a shared registry key; {@code data} is {@code RegistryValue.toBytes()}. */
@Entity
@Table(name = "settings_value")
@IdClass(SettingsValueRow.Key.class)
public class SettingsValueRow {
  @Id
  @Column(name = "key_id", length = 36)
  private String keyId;

  @Id
  @Column(name = "name_folded", length = 255)
  private String nameFolded;

  @Column(name = "name", nullable = false, length = 255)
  private String name;

  @Column(name = "kind", nullable = false)
  private short kind;

  @Column(name = "data", nullable = false)
  private byte[] data;

  @Column(name = "position", nullable = false)
  private int position;

  protected SettingsValueRow() {}

  SettingsValueRow(
      String keyId, String name, String nameFolded, short kind, byte[] data, int position) {
    this.keyId = keyId;
    this.name = name;
    this.nameFolded = nameFolded;
    this.kind = kind;
    this.data = data.clone();
    this.position = position;
  }

  String keyId() {
    return keyId;
  }

  String name() {
    return name;
  }

  short kind() {
    return kind;
  }

  byte[] data() {
    return data.clone();
  }

  int position() {
    return position;
  }

  /** The composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String keyId;
    public String nameFolded;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(keyId, k.keyId)
          && Objects.equals(nameFolded, k.nameFolded);
    }

    @Override
    public int hashCode() {
      return Objects.hash(keyId, nameFolded);
    }
  }
}
