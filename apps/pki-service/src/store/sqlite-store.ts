import Database from 'better-sqlite3';
import { ClusterFacts, withLeafKey } from '../pki/cluster-facts';
import { CertificateRecord, PkiStore, StoredCa } from './pki-store';
import { openSealedDatabase, SecretBox } from '@kdeploy/secrets';
import { MIGRATIONS } from './sqlite-schema';

const KEY_CHECK = 'kdeploy-pki-store-key-check';

interface CertRow {
  serial: string;
  cluster_id: string;
  profile: string;
  host: string | null;
  subject: string;
  sans: string;
  not_before: string;
  not_after: string;
  cert_pem: string;
  revoked_at: string | null;
  revoke_reason: string | null;
}

const toRecord = (r: CertRow): CertificateRecord => ({
  serial: r.serial,
  clusterId: r.cluster_id,
  profile: r.profile,
  host: r.host,
  subject: JSON.parse(r.subject),
  sans: JSON.parse(r.sans),
  notBefore: r.not_before,
  notAfter: r.not_after,
  certPem: r.cert_pem,
  revokedAt: r.revoked_at,
  revokeReason: r.revoke_reason,
});

/**
 * The default store: one SQLite file. Opening it checks the store key against a sealed
 * marker, so a wrong key stops the service at start instead of failing later or, worse,
 * being used to seal new keys that nothing else can open.
 */
export class SqlitePkiStore implements PkiStore {
  private readonly db: Database.Database;

  constructor(
    path: string,
    private readonly box: SecretBox,
  ) {
    this.db = openSealedDatabase(path, box, {
      migrations: MIGRATIONS,
      keyCheck: { marker: KEY_CHECK, row: 'key_check' },
      pragmas: ['synchronous = NORMAL'],
    });
  }

  getCluster(id: string) {
    const c = this.db.prepare('SELECT facts, sa_public_pem, sa_private_enc FROM clusters WHERE id = ?').get(id) as
      { facts: string; sa_public_pem: string; sa_private_enc: Buffer } | undefined;
    if (!c) return undefined;
    const cas = (
      this.db.prepare('SELECT name, cert_pem, key_enc FROM cas WHERE cluster_id = ? ORDER BY name').all(id) as {
        name: string;
        cert_pem: string;
        key_enc: Buffer;
      }[]
    ).map((r): StoredCa => ({ name: r.name, certPem: r.cert_pem, keyPem: this.box.open(r.key_enc, `${id}/ca/${r.name}`) }));
    return {
      facts: withLeafKey(JSON.parse(c.facts) as ClusterFacts),
      cas,
      serviceAccount: { publicKeyPem: c.sa_public_pem, privateKeyPem: this.box.open(c.sa_private_enc, `${id}/sa`) },
    };
  }

  createCluster(id: string, facts: ClusterFacts, cas: StoredCa[], sa: { publicKeyPem: string; privateKeyPem: string }): boolean {
    return this.db.transaction(() => {
      const inserted = this.db
        .prepare('INSERT OR IGNORE INTO clusters (id, facts, sa_public_pem, sa_private_enc, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(id, JSON.stringify(facts), sa.publicKeyPem, this.box.seal(sa.privateKeyPem, `${id}/sa`), new Date().toISOString());
      if (inserted.changes === 0) return false;
      const add = this.db.prepare('INSERT INTO cas (cluster_id, name, cert_pem, key_enc) VALUES (?, ?, ?, ?)');
      for (const ca of cas) add.run(id, ca.name, ca.certPem, this.box.seal(ca.keyPem, `${id}/ca/${ca.name}`));
      return true;
    })();
  }

  updateFacts(id: string, facts: ClusterFacts): void {
    this.db.prepare('UPDATE clusters SET facts = ? WHERE id = ?').run(JSON.stringify(facts), id);
  }

  addCertificate(r: CertificateRecord): void {
    this.db
      .prepare(
        'INSERT INTO certificates (serial, cluster_id, profile, host, subject, sans, not_before, not_after, cert_pem) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(r.serial, r.clusterId, r.profile, r.host, JSON.stringify(r.subject), JSON.stringify(r.sans), r.notBefore, r.notAfter, r.certPem);
  }

  getCertificate(clusterId: string, serial: string): CertificateRecord | undefined {
    const r = this.db.prepare('SELECT * FROM certificates WHERE cluster_id = ? AND serial = ?').get(clusterId, serial.toLowerCase()) as
      CertRow | undefined;
    return r && toRecord(r);
  }

  listCertificates(clusterId: string): CertificateRecord[] {
    return (this.db.prepare('SELECT * FROM certificates WHERE cluster_id = ? ORDER BY not_after, serial').all(clusterId) as CertRow[]).map(
      toRecord,
    );
  }

  revoke(clusterId: string, serial: string, reason: string): boolean {
    const res = this.db
      .prepare('UPDATE certificates SET revoked_at = ?, revoke_reason = ? WHERE cluster_id = ? AND serial = ? AND revoked_at IS NULL')
      .run(new Date().toISOString(), reason, clusterId, serial.toLowerCase());
    return res.changes > 0;
  }

  encryptionKey(clusterId: string, candidate: string): string {
    const aad = `${clusterId}/secrets-encryption`;
    return this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO encryption_keys (cluster_id, key_enc) VALUES (?, ?)')
        .run(clusterId, this.box.seal(candidate, aad));
      const row = this.db.prepare('SELECT key_enc FROM encryption_keys WHERE cluster_id = ?').get(clusterId) as { key_enc: Buffer };
      return this.box.open(row.key_enc, aad);
    })();
  }

  deleteCluster(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM encryption_keys WHERE cluster_id = ?').run(id);
      this.db.prepare('DELETE FROM certificates WHERE cluster_id = ?').run(id);
      this.db.prepare('DELETE FROM cas WHERE cluster_id = ?').run(id);
      return this.db.prepare('DELETE FROM clusters WHERE id = ?').run(id).changes > 0;
    })();
  }

  close(): void {
    this.db.close();
  }
}
