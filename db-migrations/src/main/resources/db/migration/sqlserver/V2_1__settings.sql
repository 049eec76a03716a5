-- Settings context: the shared part of the registry (machine-local keys live in the hive file).
-- One row per key (materialised path, case-folded for uniqueness) and one row per value.
CREATE TABLE settings_key (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  path NVARCHAR(512) NOT NULL,
  path_folded NVARCHAR(512) NOT NULL,
  parent_id NVARCHAR(36),
  version BIGINT NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  CONSTRAINT uq_settings_key_path UNIQUE (path_folded),
  CONSTRAINT fk_settings_key_parent FOREIGN KEY (parent_id) REFERENCES settings_key (id)
);

CREATE TABLE settings_value (
  key_id NVARCHAR(36) NOT NULL,
  name NVARCHAR(255) NOT NULL,
  name_folded NVARCHAR(255) NOT NULL,
  kind SMALLINT NOT NULL,
  data VARBINARY(MAX) NOT NULL,
  position INTEGER NOT NULL,
  CONSTRAINT pk_settings_value PRIMARY KEY (key_id, name_folded),
  CONSTRAINT fk_settings_value_key FOREIGN KEY (key_id) REFERENCES settings_key (id)
);

INSERT INTO settings_key (id, path, path_folded, parent_id, version, modified_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'Settings', 'settings', NULL, 1, CURRENT_TIMESTAMP);
