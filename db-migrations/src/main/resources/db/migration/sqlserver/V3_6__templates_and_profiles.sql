-- Inventory: hardware profiles and VM templates built from a profile and a library disk image.
CREATE TABLE hardware_profile (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  vcpu INT NOT NULL,
  memory_mb BIGINT NOT NULL,
  nic_count INT NOT NULL,
  disk_bus NVARCHAR(16) NOT NULL,
  CONSTRAINT uq_hardware_profile_name UNIQUE (name)
);

CREATE TABLE vm_template (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  hardware_profile_id NVARCHAR(36) NOT NULL,
  disk_resource_id NVARCHAR(36) NOT NULL,
  operating_system NVARCHAR(128) NOT NULL,
  CONSTRAINT uq_vm_template_name UNIQUE (name),
  CONSTRAINT fk_vm_template_profile FOREIGN KEY (hardware_profile_id) REFERENCES hardware_profile (id),
  CONSTRAINT fk_vm_template_disk FOREIGN KEY (disk_resource_id) REFERENCES library_resource (id)
);
