-- Jobs context: persisted jobs with their declared steps (see docs/design/jobs.md).
CREATE TABLE job (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  modified_at TIMESTAMP(3) NOT NULL,
  name VARCHAR(256) NOT NULL,
  job_type VARCHAR(128) NOT NULL,
  owner_id VARCHAR(36) NOT NULL,
  owner_name VARCHAR(128) NOT NULL,
  target_type VARCHAR(64),
  target_id VARCHAR(128),
  target_name VARCHAR(256),
  status VARCHAR(16) NOT NULL,
  cancel_requested BOOLEAN NOT NULL,
  percent_complete INTEGER NOT NULL,
  started_at TIMESTAMP(3),
  ended_at TIMESTAMP(3),
  result_summary VARCHAR(4000),
  error_code VARCHAR(64),
  error_message VARCHAR(2000),
  parameters VARCHAR(1000000) NOT NULL,
  lock_keys VARCHAR(4000) NOT NULL,
  restart_of VARCHAR(36),
  last_completed_step INTEGER NOT NULL,
  claimed_by VARCHAR(256),
  claim_token VARCHAR(36),
  lease_expires_at TIMESTAMP(3)
);
CREATE INDEX ix_job_status_created ON job (status, created_at);
CREATE INDEX ix_job_created ON job (created_at);
CREATE INDEX ix_job_owner_created ON job (owner_id, created_at);
CREATE INDEX ix_job_target ON job (target_id, created_at);
CREATE INDEX ix_job_ended ON job (ended_at);

CREATE TABLE job_step (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  job_id VARCHAR(36) NOT NULL,
  ordinal INTEGER NOT NULL,
  name VARCHAR(256) NOT NULL,
  status VARCHAR(16) NOT NULL,
  percent_complete INTEGER NOT NULL,
  started_at TIMESTAMP(3),
  ended_at TIMESTAMP(3),
  error_code VARCHAR(64),
  error_message VARCHAR(2000),
  CONSTRAINT uq_job_step_ordinal UNIQUE (job_id, ordinal),
  CONSTRAINT fk_job_step_job FOREIGN KEY (job_id) REFERENCES job (id) ON DELETE CASCADE
);
