import { PolicyError } from '@kdeploy/errors';
import { AsyncServiceImplementation } from '@kdeploy/grpc';
import { pkiV1, toTimestamp } from '@kdeploy/proto';
import { CertificateAuthority } from '../pki/authority';
import { CaName } from '../pki/cluster-facts';
import { findProfile } from '../pki/profiles';
import { caToInfo, caToProto, issuedToProto, profileFromProto, recordToInfo, sansFromProto } from './convert';
import { keyAlgorithmOf, leafKeySpec } from '@kdeploy/x509';
import { checkClusterId, factsFromRequest, keySizeOf, leafKeyOf } from './facts';

type Handlers = AsyncServiceImplementation<pkiV1.PkiServiceHandlers>;

const DAY_MS = 24 * 3600 * 1000;

// Records only hold profiles this service knows; the fallback is never reached for them.
const caOf = (profileId: string): CaName => findProfile(profileId)?.ca ?? 'kubernetes-ca';

/** The PkiService RPCs over one CertificateAuthority; validation here, policy in the CA. */
export function pkiHandlers(ca: CertificateAuthority): Handlers {
  const caPem = (clusterId: string, name: CaName) => ca.cluster(clusterId).cas.find((c) => c.name === name)?.certPem ?? '';
  const cas = (clusterId: string) => ca.cluster(clusterId).cas.map((c) => caToProto(c.name as CaName, c.certPem));

  return {
    async InitCluster(req) {
      const facts = factsFromRequest(req);
      const clusterId = checkClusterId(req.clusterId);
      if (req.dryRun) {
        const preview = ca.previewInitCluster(clusterId, facts);
        return { ...preview, cas: preview.created ? [] : cas(clusterId) };
      }
      const { created, factsChanged } = await ca.initCluster(clusterId, facts);
      return { created, factsChanged, cas: cas(clusterId) };
    },

    async SignCertificateRequest(req) {
      const clusterId = checkClusterId(req.clusterId);
      const profile = profileFromProto(req.profile);
      const rec = ca.signCsr(clusterId, profile.id, req.csrPem, req.host || undefined, sansFromProto(req.sans), req.validityDays);
      return { certificate: issuedToProto(rec, caPem(clusterId, profile.ca)) };
    },

    async IssueCertificate(req) {
      const clusterId = checkClusterId(req.clusterId);
      const profile = profileFromProto(req.profile);
      const { facts } = ca.cluster(clusterId);
      const rsaAsked = req.keyAlgorithm !== 'KEY_ALGORITHM_UNSPECIFIED' && req.keyAlgorithm !== 'KEY_ALGORITHM_ECDSA_P256';
      if (rsaAsked && keySizeOf(req.keyAlgorithm) < facts.keySize) {
        throw new PolicyError(`key_algorithm ${req.keyAlgorithm} is weaker than the cluster's RSA ${facts.keySize}`);
      }
      const { record, keyPem } = await ca.issueWithKey(
        clusterId,
        profile.id,
        sansFromProto(req.sans),
        req.validityDays,
        leafKeySpec(req.keyAlgorithm === 'KEY_ALGORITHM_UNSPECIFIED' ? facts.leafKey : leafKeyOf(req.keyAlgorithm, facts.keySize)),
      );
      return { certificate: issuedToProto(record, caPem(clusterId, profile.ca)), keyPem };
    },

    async GetServiceAccountKeys(req) {
      const { serviceAccount } = ca.cluster(checkClusterId(req.clusterId));
      return { publicKeyPem: serviceAccount.publicKeyPem, keyPem: serviceAccount.privateKeyPem };
    },

    async GetSecretsEncryptionKey(req) {
      return { key: ca.secretsEncryptionKey(checkClusterId(req.clusterId)) };
    },

    async DeleteCluster(req) {
      return { deleted: ca.deleteCluster(checkClusterId(req.clusterId)) };
    },

    async GetCACertificates(req) {
      const clusterId = checkClusterId(req.clusterId);
      return { cas: cas(clusterId), leafKeyAlgorithm: keyAlgorithmOf(ca.cluster(clusterId).facts.leafKey) };
    },

    async ListCertificates(req) {
      const clusterId = checkClusterId(req.clusterId);
      const horizon = req.expiringWithinDays ? Date.now() + req.expiringWithinDays * DAY_MS : Infinity;
      const leaves = ca
        .list(clusterId)
        .filter((r) => req.includeRevoked || !r.revokedAt)
        .filter((r) => new Date(r.notAfter).getTime() <= horizon)
        .map((r) => recordToInfo(r, caOf(r.profile)));
      const roots = ca
        .cluster(clusterId)
        .cas.map((c) => caToInfo(c.name as CaName, c.certPem))
        .filter((c) => Number(c.notAfter?.seconds) * 1000 <= horizon);
      const soonest = (a: pkiV1.CertificateInfo, b: pkiV1.CertificateInfo) => Number(a.notAfter?.seconds) - Number(b.notAfter?.seconds);
      return { certificates: [...roots, ...leaves].sort(soonest) };
    },

    async Renew(req) {
      const clusterId = checkClusterId(req.clusterId);
      const rec = ca.renew(clusterId, req.serialNumber, req.validityDays);
      return { certificate: issuedToProto(rec, caPem(clusterId, caOf(rec.profile))) };
    },

    async Revoke(req) {
      const clusterId = checkClusterId(req.clusterId);
      ca.revoke(clusterId, req.serialNumber, req.reason || 'unspecified');
      const rec = ca.list(clusterId).find((r) => r.serial === req.serialNumber.toLowerCase());
      return { revokedAt: toTimestamp(new Date(rec?.revokedAt ?? Date.now())) };
    },
  };
}
