-- Host management: the inventory hosts the server manages through a hypervisor driver (added
-- with the Add host job). Hosts registered by hand have no row and are never connected to.
CREATE TABLE managed_host (
  host_id VARCHAR(36) NOT NULL PRIMARY KEY,
  driver_id VARCHAR(64) NOT NULL,
  added_at TIMESTAMP(3) NOT NULL,
  last_refresh_at TIMESTAMP(3),
  CONSTRAINT fk_managed_host_host FOREIGN KEY (host_id) REFERENCES host (id)
);
