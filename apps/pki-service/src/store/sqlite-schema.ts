/** The store's tables; CREATE IF NOT EXISTS keeps opening an existing file harmless. */
export const MIGRATIONS = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS clusters (
  id TEXT PRIMARY KEY,
  facts TEXT NOT NULL,
  sa_public_pem TEXT NOT NULL,
  sa_private_enc BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cas (
  cluster_id TEXT NOT NULL REFERENCES clusters(id),
  name TEXT NOT NULL,
  cert_pem TEXT NOT NULL,
  key_enc BLOB NOT NULL,
  PRIMARY KEY (cluster_id, name)
);
CREATE TABLE IF NOT EXISTS encryption_keys (
  cluster_id TEXT PRIMARY KEY REFERENCES clusters(id),
  key_enc BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS certificates (
  serial TEXT PRIMARY KEY,
  cluster_id TEXT NOT NULL REFERENCES clusters(id),
  profile TEXT NOT NULL,
  host TEXT,
  subject TEXT NOT NULL,
  sans TEXT NOT NULL,
  not_before TEXT NOT NULL,
  not_after TEXT NOT NULL,
  cert_pem TEXT NOT NULL,
  revoked_at TEXT,
  revoke_reason TEXT
);
CREATE INDEX IF NOT EXISTS certificates_by_cluster ON certificates (cluster_id, not_after);
`;
