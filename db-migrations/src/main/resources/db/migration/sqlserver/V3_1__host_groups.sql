-- Inventory: the host group tree. path is the materialised path of ids ("/<root>/<child>/"),
-- so a subtree is one indexed prefix query (path LIKE '/<root>/<child>/%').
CREATE TABLE host_group (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  parent_id NVARCHAR(36),
  path NVARCHAR(800) NOT NULL,
  depth INT NOT NULL,
  CONSTRAINT uq_host_group_sibling_name UNIQUE (parent_id, name),
  CONSTRAINT uq_host_group_path UNIQUE (path),
  CONSTRAINT fk_host_group_parent FOREIGN KEY (parent_id) REFERENCES host_group (id)
);

INSERT INTO host_group (id, version, created_at, modified_at, name, description, parent_id, path, depth)
VALUES ('00000000-0000-0000-0000-000000000001', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
        'All Hosts', 'The root of the host group tree', NULL, '/00000000-0000-0000-0000-000000000001/', 0);
