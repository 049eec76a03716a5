-- Inventory: virtual machines with a stable Vireo id, their disks and NICs, and the placement
-- history that lets backup follow a VM across hosts. host_key is the host id, or '~' + the VM id
-- while the VM has no host, so "unique per host" holds on every engine (SQL Server treats NULLs
-- in unique constraints as equal).
CREATE TABLE vm (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  hypervisor_id VARCHAR(128) NOT NULL,
  host_id VARCHAR(36),
  host_key VARCHAR(40) NOT NULL,
  cloud_id VARCHAR(36),
  owner_user_id VARCHAR(36),
  status VARCHAR(32) NOT NULL,
  vcpu INT NOT NULL,
  memory_mb BIGINT NOT NULL,
  storage_bytes BIGINT NOT NULL,
  CONSTRAINT uq_vm_host_name UNIQUE (host_key, name),
  CONSTRAINT uq_vm_host_hypervisor_id UNIQUE (host_key, hypervisor_id),
  CONSTRAINT fk_vm_host FOREIGN KEY (host_id) REFERENCES host (id),
  CONSTRAINT fk_vm_cloud FOREIGN KEY (cloud_id) REFERENCES cloud (id)
);
CREATE INDEX ix_vm_host ON vm (host_id);
CREATE INDEX ix_vm_cloud ON vm (cloud_id);
CREATE INDEX ix_vm_owner ON vm (owner_user_id);
CREATE INDEX ix_vm_name ON vm (name);

CREATE TABLE vm_disk (
  vm_id VARCHAR(36) NOT NULL,
  disk_index INT NOT NULL,
  path VARCHAR(1024) NOT NULL,
  disk_format VARCHAR(16) NOT NULL,
  capacity_bytes BIGINT NOT NULL,
  bus VARCHAR(16) NOT NULL,
  target VARCHAR(32) NOT NULL,
  CONSTRAINT pk_vm_disk PRIMARY KEY (vm_id, disk_index),
  CONSTRAINT fk_vm_disk_vm FOREIGN KEY (vm_id) REFERENCES vm (id) ON DELETE CASCADE
);

CREATE TABLE vm_nic (
  vm_id VARCHAR(36) NOT NULL,
  nic_index INT NOT NULL,
  mac_address VARCHAR(17) NOT NULL,
  network VARCHAR(128) NOT NULL,
  model VARCHAR(32) NOT NULL,
  CONSTRAINT pk_vm_nic PRIMARY KEY (vm_id, nic_index),
  CONSTRAINT fk_vm_nic_vm FOREIGN KEY (vm_id) REFERENCES vm (id) ON DELETE CASCADE
);

-- No foreign key to vm: the history outlives the VM's inventory entry, so backups of a removed
-- VM can still be traced.
CREATE TABLE vm_placement (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  vm_id VARCHAR(36) NOT NULL,
  from_host_id VARCHAR(36),
  to_host_id VARCHAR(36),
  placed_at TIMESTAMP(3) NOT NULL,
  storage_moved BOOLEAN NOT NULL,
  initiator VARCHAR(16) NOT NULL,
  initiated_by VARCHAR(128) NOT NULL
);
CREATE INDEX ix_vm_placement_vm ON vm_placement (vm_id, placed_at);
