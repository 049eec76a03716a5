-- Jobs context: one row that a node updates at the start of each dispatch transaction. The
-- row lock serialises planning and claiming across server nodes, so per-type limits and lock
-- keys hold cluster-wide (ADR 0004).
CREATE TABLE job_dispatch_lock (
  id INTEGER NOT NULL PRIMARY KEY,
  locked_by VARCHAR(256),
  locked_at TIMESTAMP(3)
);
INSERT INTO job_dispatch_lock (id, locked_by, locked_at) VALUES (1, NULL, NULL);
