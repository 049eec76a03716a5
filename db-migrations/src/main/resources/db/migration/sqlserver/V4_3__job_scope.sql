-- Jobs context: where a job's target sat in the fabric when the job was submitted, so delegated
-- and read-only administrators see (and, with write scope, cancel) the jobs on objects in their
-- scope, also after the object is gone. scope_path is the host group's materialised path.
ALTER TABLE job ADD scope_path NVARCHAR(800) NULL;
ALTER TABLE job ADD scope_cloud_id NVARCHAR(36) NULL;
CREATE INDEX ix_job_scope_path ON job (scope_path);
CREATE INDEX ix_job_scope_cloud ON job (scope_cloud_id);
