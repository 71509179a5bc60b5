/**
 * The job store's tables. The partial unique index makes "one running job per cluster" a
 * property of the database, so it holds even with two gateways on one PostgreSQL later.
 */
export const MIGRATIONS = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS clusters (
  id TEXT PRIMARY KEY,
  spec TEXT NOT NULL,
  known_hosts TEXT NOT NULL,
  secrets_enc BLOB NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  cluster_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT,
  duration_ms INTEGER,
  error TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS one_running_job_per_cluster ON jobs (cluster_id) WHERE state = 'running';
-- one row per stage of a job; the table keeps its old name, steps, for stores on disk
CREATE TABLE IF NOT EXISTS steps (
  job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  id TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (job_id, id)
);
CREATE TABLE IF NOT EXISTS events (
  cluster_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  job_id TEXT NOT NULL,
  type TEXT NOT NULL,
  time TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (cluster_id, seq)
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key TEXT PRIMARY KEY,
  body_hash TEXT NOT NULL,
  cluster_id TEXT NOT NULL,
  job_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
`;
