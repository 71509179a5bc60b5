import { randomBytes, X509Certificate } from 'node:crypto';
import { NotFoundError, PolicyError } from '@kdeploy/errors';
import {
  buildCertificate,
  BACKDATE_MS,
  generateKey,
  Issuer,
  KeySpec,
  leafKeySpec,
  nativeKey,
  Subject,
  SubjectAltNames,
  toIssuer,
} from '@kdeploy/x509';
import { PkiStore, StoredCa, CertificateRecord } from '../store/pki-store';
import { CA_NAMES, CaName, ClusterFacts } from './cluster-facts';
import { parseCsr } from './csr';
import { decideCsr, hostFor, checkSans } from './policy';
import { findProfile, Profile } from './profiles';

const DAY_MS = 24 * 3600 * 1000;

interface LoadedCluster {
  facts: ClusterFacts;
  cas: StoredCa[];
  issuers: Map<CaName, Issuer>;
  serviceAccount: { publicKeyPem: string; privateKeyPem: string };
}

const CA_SUBJECTS: Record<CaName, string> = { 'kubernetes-ca': 'kubernetes', 'etcd-ca': 'etcd-ca', 'front-proxy-ca': 'front-proxy-ca' };

/** The cluster CAs: makes them once, signs against profiles, keeps the record of what it issued. */
export class CertificateAuthority {
  private readonly loaded = new Map<string, LoadedCluster>();

  constructor(private readonly store: PkiStore) {}

  /** Creates the cluster's CAs and service-account key once; later calls only refresh the facts. */
  /** What initCluster would do, writing nothing: the dry run agrees with the apply by asking the same store. */
  previewInitCluster(clusterId: string, facts: ClusterFacts): { created: boolean; factsChanged: boolean } {
    const existing = this.store.getCluster(clusterId);
    return existing
      ? { created: false, factsChanged: JSON.stringify(existing.facts) !== JSON.stringify(facts) }
      : { created: true, factsChanged: false };
  }

  async initCluster(clusterId: string, facts: ClusterFacts): Promise<{ created: boolean; factsChanged: boolean; cluster: LoadedCluster }> {
    const existing = this.store.getCluster(clusterId);
    if (existing) {
      const factsChanged = JSON.stringify(existing.facts) !== JSON.stringify(facts);
      if (factsChanged) this.store.updateFacts(clusterId, facts);
      this.loaded.delete(clusterId);
      return { created: false, factsChanged, cluster: this.cluster(clusterId) };
    }
    const now = Date.now();
    const cas: StoredCa[] = [];
    for (const name of CA_NAMES) {
      const key = await generateKey({ algorithm: 'rsa', size: facts.keySize });
      const { certPem } = buildCertificate(
        {
          subject: { commonName: CA_SUBJECTS[name], organizations: [] },
          publicKeyPem: key.publicKeyPem,
          isCA: true,
          keyUsages: ['digitalSignature', 'keyEncipherment', 'keyCertSign'],
          extKeyUsages: [],
          sans: { dns: [], ips: [] },
          notBefore: new Date(now - BACKDATE_MS),
          notAfter: new Date(now + facts.caValidityDays * DAY_MS),
        },
        { selfKey: nativeKey(key.privateKeyPem) },
      );
      cas.push({ name, certPem, keyPem: key.privateKeyPem });
    }
    const sa = await generateKey({ algorithm: 'rsa', size: facts.keySize });
    // A concurrent InitCluster may have won the insert; then its CAs are the cluster's.
    const created = this.store.createCluster(clusterId, facts, cas, { publicKeyPem: sa.publicKeyPem, privateKeyPem: sa.privateKeyPem });
    if (!created) this.store.updateFacts(clusterId, facts);
    this.loaded.delete(clusterId);
    return { created, factsChanged: !created, cluster: this.cluster(clusterId) };
  }

  /** Forgets the cluster's PKI for good (a purge); false when it had none. */
  deleteCluster(clusterId: string): boolean {
    this.loaded.delete(clusterId);
    return this.store.deleteCluster(clusterId);
  }

  cluster(clusterId: string): LoadedCluster {
    const hit = this.loaded.get(clusterId);
    if (hit) return hit;
    const c = this.store.getCluster(clusterId);
    if (!c) throw new NotFoundError(`cluster ${clusterId} has no PKI; call InitCluster first`);
    const issuers = new Map(c.cas.map((ca) => [ca.name as CaName, toIssuer(ca.certPem, nativeKey(ca.keyPem))]));
    const loaded = { ...c, issuers };
    this.loaded.set(clusterId, loaded);
    return loaded;
  }

  /** The cluster's Secrets encryption key, made from the CSPRNG on the first call and sealed in the store. SECRET. */
  secretsEncryptionKey(clusterId: string): string {
    this.cluster(clusterId);
    return this.store.encryptionKey(clusterId, randomBytes(32).toString('base64'));
  }

  private profile(id: string): Profile {
    const p = findProfile(id);
    if (!p) throw new NotFoundError(`unknown certificate profile ${id}`);
    return p;
  }

  private issue(
    clusterId: string,
    profile: Profile,
    host: string | null,
    subject: Subject,
    sans: SubjectAltNames,
    publicKeyPem: string,
    validityDays?: number,
  ): CertificateRecord {
    const c = this.cluster(clusterId);
    const issuer = c.issuers.get(profile.ca);
    if (!issuer) throw new NotFoundError(`cluster ${clusterId} has no ${profile.ca}`);
    const now = Date.now();
    const notBefore = new Date(now - BACKDATE_MS);
    // A leaf never outlives its CA: clients would reject it from that day on anyway.
    const notAfter = new Date(Math.min(now + (validityDays || c.facts.leafValidityDays) * DAY_MS, issuer.notAfter.getTime()));
    const { certPem, serial } = buildCertificate(
      {
        subject,
        publicKeyPem,
        isCA: profile.isCA ?? false,
        keyUsages: profile.keyUsages,
        extKeyUsages: profile.extKeyUsages,
        sans,
        notBefore,
        notAfter,
      },
      issuer,
    );
    const rec: CertificateRecord = {
      serial,
      clusterId,
      profile: profile.id,
      host,
      subject,
      sans,
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
      certPem,
      revokedAt: null,
      revokeReason: null,
    };
    this.store.addCertificate(rec);
    return rec;
  }

  /** Signs a CSR made on a host; refuses anything the profile does not allow. */
  signCsr(
    clusterId: string,
    profileId: string,
    csrPem: string,
    hostName?: string,
    requestedSans?: SubjectAltNames,
    validityDays?: number,
  ): CertificateRecord {
    const profile = this.profile(profileId);
    const { facts } = this.cluster(clusterId);
    const host = hostFor(profile, facts, hostName);
    const csr = parseCsr(csrPem);
    const d = decideCsr(profile, facts, host, csr, requestedSans);
    return this.issue(clusterId, profile, host?.name ?? null, d.subject, d.sans, csr.publicKeyPem, validityDays);
  }

  /** Issues key and certificate here, for identities not bound to one host. */
  async issueWithKey(
    clusterId: string,
    profileId: string,
    sans: SubjectAltNames = { dns: [], ips: [] },
    validityDays?: number,
    key: KeySpec = leafKeySpec(this.cluster(clusterId).facts.leafKey),
  ): Promise<{ record: CertificateRecord; keyPem: string }> {
    const profile = this.profile(profileId);
    if (profile.hostRole)
      throw new PolicyError(`profile ${profileId} is bound to a host: its key is made on the host and only the CSR is signed`);
    const { facts } = this.cluster(clusterId);
    checkSans(profile, facts, undefined, sans);
    // an issued CA (the cluster signer) is RSA like the cluster's CAs
    const pair = await generateKey(profile.isCA ? { algorithm: 'rsa', size: facts.keySize } : key);
    return {
      record: this.issue(clusterId, profile, null, profile.subject(), sans, pair.publicKeyPem, validityDays),
      keyPem: pair.privateKeyPem,
    };
  }

  /** Re-signs a certificate's public key with the same subject and SANs and a fresh validity. */
  renew(clusterId: string, serial: string, validityDays?: number): CertificateRecord {
    const old = this.store.getCertificate(clusterId, serial);
    if (!old) throw new NotFoundError(`cluster ${clusterId} has no certificate with serial ${serial}`);
    if (old.revokedAt) throw new PolicyError(`certificate ${serial} is revoked and cannot be renewed`);
    const profile = this.profile(old.profile);
    const host = old.host ? this.cluster(clusterId).facts.hosts.find((h) => h.name === old.host) : undefined;
    const publicKeyPem = new X509Certificate(old.certPem).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    return this.issue(clusterId, profile, old.host, profile.subject(host), old.sans, publicKeyPem, validityDays);
  }

  revoke(clusterId: string, serial: string, reason: string): boolean {
    this.cluster(clusterId);
    if (!this.store.getCertificate(clusterId, serial))
      throw new NotFoundError(`cluster ${clusterId} has no certificate with serial ${serial}`);
    return this.store.revoke(clusterId, serial, reason);
  }

  list(clusterId: string): CertificateRecord[] {
    this.cluster(clusterId);
    return this.store.listCertificates(clusterId);
  }
}
