-- Security context: local accounts, user roles with scopes, API tokens, Run As accounts, audit log.
CREATE TABLE user_account (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  display_name NVARCHAR(256),
  password_hash NVARCHAR(512),
  enabled BIT NOT NULL,
  source NVARCHAR(16) NOT NULL,
  must_change_password BIT NOT NULL,
  CONSTRAINT uq_user_account_name UNIQUE (name)
);

CREATE TABLE user_role (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  profile NVARCHAR(32) NOT NULL,
  CONSTRAINT uq_user_role_name UNIQUE (name)
);

CREATE TABLE user_role_member (
  role_id NVARCHAR(36) NOT NULL,
  user_id NVARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_member PRIMARY KEY (role_id, user_id),
  CONSTRAINT fk_user_role_member_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_role_member_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_role_member_user ON user_role_member (user_id);

CREATE TABLE user_role_host_group (
  role_id NVARCHAR(36) NOT NULL,
  host_group_id NVARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_host_group PRIMARY KEY (role_id, host_group_id),
  CONSTRAINT fk_user_role_host_group_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE
);

CREATE TABLE user_role_cloud (
  role_id NVARCHAR(36) NOT NULL,
  cloud_id NVARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_cloud PRIMARY KEY (role_id, cloud_id),
  CONSTRAINT fk_user_role_cloud_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE
);

CREATE TABLE api_token (
  token_hash NVARCHAR(64) NOT NULL PRIMARY KEY,
  user_id NVARCHAR(36) NOT NULL,
  issued_at DATETIME2(3) NOT NULL,
  expires_at DATETIME2(3) NOT NULL,
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_expires ON api_token (expires_at);

CREATE TABLE run_as_account (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(128) NOT NULL,
  description NVARCHAR(1024),
  user_name NVARCHAR(256) NOT NULL,
  secret_ciphertext VARBINARY(MAX) NOT NULL,
  key_id NVARCHAR(64) NOT NULL,
  CONSTRAINT uq_run_as_account_name UNIQUE (name)
);

CREATE TABLE audit_event (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  occurred_at DATETIME2(3) NOT NULL,
  principal NVARCHAR(128) NOT NULL,
  action NVARCHAR(256) NOT NULL,
  target NVARCHAR(512),
  outcome INT NOT NULL,
  client_address NVARCHAR(64),
  detail NVARCHAR(1024)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_principal ON audit_event (principal, occurred_at);
