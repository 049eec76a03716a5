-- Inventory: virtualization hosts and host clusters. Run As accounts belong to the security
-- context and are checked by the application, not by a foreign key.
CREATE TABLE host_cluster (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  host_group_id VARCHAR(36) NOT NULL,
  CONSTRAINT uq_host_cluster_name UNIQUE (name),
  CONSTRAINT fk_host_cluster_host_group FOREIGN KEY (host_group_id) REFERENCES host_group (id)
);
CREATE INDEX ix_host_cluster_host_group ON host_cluster (host_group_id);

CREATE TABLE host (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  address VARCHAR(255) NOT NULL,
  hypervisor_kind VARCHAR(32) NOT NULL,
  connection_uri VARCHAR(1024) NOT NULL,
  run_as_account_id VARCHAR(36) NOT NULL,
  host_group_id VARCHAR(36) NOT NULL,
  cluster_id VARCHAR(36),
  status VARCHAR(32) NOT NULL,
  status_reason VARCHAR(1024),
  cpu_cores INT NOT NULL,
  memory_bytes BIGINT NOT NULL,
  storage_bytes BIGINT NOT NULL,
  CONSTRAINT uq_host_name UNIQUE (name),
  CONSTRAINT fk_host_host_group FOREIGN KEY (host_group_id) REFERENCES host_group (id),
  CONSTRAINT fk_host_cluster FOREIGN KEY (cluster_id) REFERENCES host_cluster (id)
);
CREATE INDEX ix_host_host_group ON host (host_group_id);
CREATE INDEX ix_host_cluster ON host (cluster_id);
CREATE INDEX ix_host_status ON host (status);
