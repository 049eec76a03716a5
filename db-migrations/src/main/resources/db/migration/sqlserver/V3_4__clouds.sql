-- Inventory: clouds, scoped to host groups and library shares, with capacity quotas
-- (NULL = unlimited).
CREATE TABLE cloud (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  max_vms INT,
  max_vcpu INT,
  max_memory_mb BIGINT,
  max_storage_bytes BIGINT,
  CONSTRAINT uq_cloud_name UNIQUE (name)
);

CREATE TABLE cloud_host_group (
  cloud_id NVARCHAR(36) NOT NULL,
  host_group_id NVARCHAR(36) NOT NULL,
  CONSTRAINT pk_cloud_host_group PRIMARY KEY (cloud_id, host_group_id),
  CONSTRAINT fk_cloud_host_group_cloud FOREIGN KEY (cloud_id) REFERENCES cloud (id) ON DELETE CASCADE,
  CONSTRAINT fk_cloud_host_group_group FOREIGN KEY (host_group_id) REFERENCES host_group (id)
);
CREATE INDEX ix_cloud_host_group_group ON cloud_host_group (host_group_id);

CREATE TABLE cloud_library_share (
  cloud_id NVARCHAR(36) NOT NULL,
  library_share_id NVARCHAR(36) NOT NULL,
  CONSTRAINT pk_cloud_library_share PRIMARY KEY (cloud_id, library_share_id),
  CONSTRAINT fk_cloud_library_share_cloud FOREIGN KEY (cloud_id) REFERENCES cloud (id) ON DELETE CASCADE,
  CONSTRAINT fk_cloud_library_share_share FOREIGN KEY (library_share_id) REFERENCES library_share (id)
);
CREATE INDEX ix_cloud_library_share_share ON cloud_library_share (library_share_id);
