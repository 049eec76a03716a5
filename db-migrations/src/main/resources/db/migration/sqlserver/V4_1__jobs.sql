-- Jobs context: persisted jobs with their declared steps (see docs/design/jobs.md).
CREATE TABLE job (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at DATETIME2(3) NOT NULL,
  modified_at DATETIME2(3) NOT NULL,
  name NVARCHAR(256) NOT NULL,
  job_type NVARCHAR(128) NOT NULL,
  owner_id NVARCHAR(36) NOT NULL,
  owner_name NVARCHAR(128) NOT NULL,
  target_type NVARCHAR(64),
  target_id NVARCHAR(128),
  target_name NVARCHAR(256),
  status NVARCHAR(16) NOT NULL,
  cancel_requested BIT NOT NULL,
  percent_complete INT NOT NULL,
  started_at DATETIME2(3),
  ended_at DATETIME2(3),
  result_summary NVARCHAR(4000),
  error_code NVARCHAR(64),
  error_message NVARCHAR(2000),
  parameters NVARCHAR(MAX) NOT NULL,
  lock_keys NVARCHAR(4000) NOT NULL,
  restart_of NVARCHAR(36),
  last_completed_step INT NOT NULL,
  claimed_by NVARCHAR(256),
  claim_token NVARCHAR(36),
  lease_expires_at DATETIME2(3)
);
CREATE INDEX ix_job_status_created ON job (status, created_at);
CREATE INDEX ix_job_created ON job (created_at);
CREATE INDEX ix_job_owner_created ON job (owner_id, created_at);
CREATE INDEX ix_job_target ON job (target_id, created_at);
CREATE INDEX ix_job_ended ON job (ended_at);

CREATE TABLE job_step (
  id NVARCHAR(36) NOT NULL PRIMARY KEY,
  job_id NVARCHAR(36) NOT NULL,
  ordinal INT NOT NULL,
  name NVARCHAR(256) NOT NULL,
  status NVARCHAR(16) NOT NULL,
  percent_complete INT NOT NULL,
  started_at DATETIME2(3),
  ended_at DATETIME2(3),
  error_code NVARCHAR(64),
  error_message NVARCHAR(2000),
  CONSTRAINT uq_job_step_ordinal UNIQUE (job_id, ordinal),
  CONSTRAINT fk_job_step_job FOREIGN KEY (job_id) REFERENCES job (id) ON DELETE CASCADE
);
