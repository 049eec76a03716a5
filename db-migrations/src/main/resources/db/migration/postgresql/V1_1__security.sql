-- Security context: local accounts, user roles with scopes, API tokens, Run As accounts, audit log.
CREATE TABLE user_account (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  display_name VARCHAR(256),
  password_hash VARCHAR(512),
  enabled BOOLEAN NOT NULL,
  source VARCHAR(16) NOT NULL,
  must_change_password BOOLEAN NOT NULL,
  CONSTRAINT uq_user_account_name UNIQUE (name)
);

CREATE TABLE user_role (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  profile VARCHAR(32) NOT NULL,
  CONSTRAINT uq_user_role_name UNIQUE (name)
);

CREATE TABLE user_role_member (
  role_id VARCHAR(36) NOT NULL,
  user_id VARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_member PRIMARY KEY (role_id, user_id),
  CONSTRAINT fk_user_role_member_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_role_member_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_role_member_user ON user_role_member (user_id);

CREATE TABLE user_role_host_group (
  role_id VARCHAR(36) NOT NULL,
  host_group_id VARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_host_group PRIMARY KEY (role_id, host_group_id),
  CONSTRAINT fk_user_role_host_group_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE
);

CREATE TABLE user_role_cloud (
  role_id VARCHAR(36) NOT NULL,
  cloud_id VARCHAR(36) NOT NULL,
  CONSTRAINT pk_user_role_cloud PRIMARY KEY (role_id, cloud_id),
  CONSTRAINT fk_user_role_cloud_role FOREIGN KEY (role_id) REFERENCES user_role (id) ON DELETE CASCADE
);

CREATE TABLE api_token (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL,
  issued_at TIMESTAMP(3) NOT NULL,
  expires_at TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_expires ON api_token (expires_at);

CREATE TABLE run_as_account (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(128) NOT NULL,
  description VARCHAR(1024),
  user_name VARCHAR(256) NOT NULL,
  secret_ciphertext BYTEA NOT NULL,
  key_id VARCHAR(64) NOT NULL,
  CONSTRAINT uq_run_as_account_name UNIQUE (name)
);

CREATE TABLE audit_event (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP(3) NOT NULL,
  principal VARCHAR(128) NOT NULL,
  action VARCHAR(256) NOT NULL,
  target VARCHAR(512),
  outcome INTEGER NOT NULL,
  client_address VARCHAR(64),
  detail VARCHAR(1024)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_principal ON audit_event (principal, occurred_at);
