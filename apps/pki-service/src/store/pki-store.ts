import { ClusterFacts } from '../pki/cluster-facts';
import { Subject } from '@kdeploy/x509';

/** A CA as stored: certificate in clear, private key only ever decrypted inside the service. */
export interface StoredCa {
  name: string;
  certPem: string;
  keyPem: string;
}

/** One issued certificate, as the expiry report and Renew need it. */
export interface CertificateRecord {
  serial: string;
  clusterId: string;
  profile: string;
  host: string | null;
  subject: Subject;
  sans: { dns: string[]; ips: string[] };
  notBefore: string;
  notAfter: string;
  certPem: string;
  revokedAt: string | null;
  revokeReason: string | null;
}

/** Everything pki-service keeps. SQLite implements it; the interface leaves room for PostgreSQL. */
export interface PkiStore {
  getCluster(
    id: string,
  ): { facts: ClusterFacts; cas: StoredCa[]; serviceAccount: { publicKeyPem: string; privateKeyPem: string } } | undefined;
  /** Writes a new cluster with its CAs atomically; false when the cluster already existed (nothing written). */
  createCluster(id: string, facts: ClusterFacts, cas: StoredCa[], serviceAccount: { publicKeyPem: string; privateKeyPem: string }): boolean;
  updateFacts(id: string, facts: ClusterFacts): void;
  addCertificate(rec: CertificateRecord): void;
  getCertificate(clusterId: string, serial: string): CertificateRecord | undefined;
  listCertificates(clusterId: string): CertificateRecord[];
  revoke(clusterId: string, serial: string, reason: string): boolean;
  /**
   * The cluster's Secrets encryption key (SECRET): `candidate` is stored when the cluster has
   * none yet, and the stored key is returned either way, so concurrent first calls agree.
   */
  encryptionKey(clusterId: string, candidate: string): string;
  /** Deletes the cluster with its CAs, keys and certificate records in one transaction; false when absent. */
  deleteCluster(id: string): boolean;
  close(): void;
}
