import { X509Certificate } from 'node:crypto';
import { SpecError } from '@kdeploy/errors';
import { pkiV1, toTimestamp } from '@kdeploy/proto';
import { CaName } from '../pki/cluster-facts';
import { findProfile, Profile } from '../pki/profiles';
import { CertificateRecord } from '../store/pki-store';
import { SubjectAltNames } from '@kdeploy/x509';

const PROFILE_PREFIX = 'CERTIFICATE_PROFILE_';

/** `CERTIFICATE_PROFILE_ETCD_CLIENT_APISERVER` is profile `etcd-client-apiserver`. */
export function profileFromProto(value: string | undefined, path = 'profile'): Profile {
  const id = (value ?? '').replace(PROFILE_PREFIX, '').toLowerCase().replace(/_/g, '-');
  const profile = findProfile(id);
  if (!profile) throw new SpecError([{ path, message: `unknown or unspecified certificate profile ${JSON.stringify(value ?? '')}` }]);
  return profile;
}

export function profileToProto(id: string): pkiV1.CertificateProfile {
  return `${PROFILE_PREFIX}${id.toUpperCase().replace(/-/g, '_')}` as pkiV1.CertificateProfile;
}

const AUTHORITY: Record<CaName, pkiV1.CertificateAuthority> = {
  'kubernetes-ca': 'CERTIFICATE_AUTHORITY_KUBERNETES',
  'etcd-ca': 'CERTIFICATE_AUTHORITY_ETCD',
  'front-proxy-ca': 'CERTIFICATE_AUTHORITY_FRONT_PROXY',
};

export const authorityToProto = (ca: CaName) => AUTHORITY[ca];

export function sansFromProto(s: pkiV1.SubjectAlternativeNames__Output | null | undefined): SubjectAltNames {
  return { dns: s?.dnsNames ?? [], ips: s?.ipAddresses ?? [] };
}

export function caToProto(name: CaName, certPem: string): pkiV1.CaCertificate {
  return { authority: AUTHORITY[name], certificatePem: certPem, notAfter: toTimestamp(new Date(new X509Certificate(certPem).validTo)) };
}

export function issuedToProto(r: CertificateRecord, caPem: string): pkiV1.IssuedCertificate {
  return {
    serialNumber: r.serial,
    certificatePem: r.certPem,
    caCertificatePem: caPem,
    notBefore: toTimestamp(new Date(r.notBefore)),
    notAfter: toTimestamp(new Date(r.notAfter)),
  };
}

export function recordToInfo(r: CertificateRecord, ca: CaName): pkiV1.CertificateInfo {
  return {
    serialNumber: r.serial,
    profile: profileToProto(r.profile),
    authority: AUTHORITY[ca],
    commonName: r.subject.commonName,
    organizations: r.subject.organizations,
    sans: { dnsNames: r.sans.dns, ipAddresses: r.sans.ips },
    host: r.host ?? '',
    notBefore: toTimestamp(new Date(r.notBefore)),
    notAfter: toTimestamp(new Date(r.notAfter)),
    revoked: r.revokedAt !== null,
    isCa: false,
  };
}

export function caToInfo(name: CaName, certPem: string): pkiV1.CertificateInfo {
  const x = new X509Certificate(certPem);
  return {
    serialNumber: x.serialNumber.toLowerCase(),
    authority: AUTHORITY[name],
    commonName: x.subject.replace(/^CN=/, ''),
    organizations: [],
    notBefore: toTimestamp(new Date(x.validFrom)),
    notAfter: toTimestamp(new Date(x.validTo)),
    isCa: true,
  };
}
