-- Inventory: library servers, their shares and the resources (disk images, ISOs, scripts,
-- drivers, packages) found in the shares.
CREATE TABLE library_server (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  address VARCHAR(255) NOT NULL,
  run_as_account_id VARCHAR(36),
  status VARCHAR(32) NOT NULL,
  status_reason VARCHAR(1024),
  CONSTRAINT uq_library_server_name UNIQUE (name)
);

CREATE TABLE library_share (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  library_server_id VARCHAR(36) NOT NULL,
  path VARCHAR(512) NOT NULL,
  CONSTRAINT uq_library_share_name UNIQUE (library_server_id, name),
  CONSTRAINT uq_library_share_path UNIQUE (library_server_id, path),
  CONSTRAINT fk_library_share_server FOREIGN KEY (library_server_id) REFERENCES library_server (id)
);

CREATE TABLE library_resource (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  library_share_id VARCHAR(36) NOT NULL,
  relative_path VARCHAR(512) NOT NULL,
  resource_type VARCHAR(16) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64),
  CONSTRAINT uq_library_resource_path UNIQUE (library_share_id, relative_path),
  CONSTRAINT fk_library_resource_share FOREIGN KEY (library_share_id) REFERENCES library_share (id)
);
CREATE INDEX ix_library_resource_type ON library_resource (resource_type);
