import { createPublicKey, X509Certificate } from 'node:crypto';
import { canonicalIp } from '@kdeploy/cluster-spec';

/** A certificate's subject alternative names, as an installer wants them. */
export interface Sans {
  dns: string[];
  ips: string[];
}

/** A certificate closer than this to expiry is replaced on apply. */
export const RENEW_BEFORE_MS = 30 * 24 * 3600 * 1000;

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

function sansOf(cert: X509Certificate): Sans {
  const parts = (cert.subjectAltName ?? '').split(', ').filter(Boolean);
  return {
    dns: parts.filter((p) => p.startsWith('DNS:')).map((p) => p.slice(4)),
    ips: parts.filter((p) => p.startsWith('IP Address:')).map((p) => canonicalIp(p.slice(11)) ?? p.slice(11)),
  };
}

/**
 * Why an installed certificate must be replaced, or undefined when it is good: it parses,
 * chains to the current CA, is valid beyond the renewal margin, belongs to the host's key,
 * and (when given) carries exactly the wanted SANs. Re-signing a good one would change the
 * certificate hashes on every apply (security.md: re-apply changes nothing). `caName` names
 * the CA in the reason ("etcd CA").
 */
export function certificateProblem(
  certPem: string | undefined,
  caPem: string,
  publicKeyPem: string | undefined,
  sans?: Sans,
  caName = 'etcd CA',
): string | undefined {
  if (!certPem?.includes('BEGIN CERTIFICATE')) return 'missing';
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return 'not a certificate';
  }
  const ca = new X509Certificate(caPem);
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return `not signed by the current ${caName}`;
  const now = Date.now();
  if (new Date(cert.validFrom).getTime() > now) return 'not yet valid';
  if (new Date(cert.validTo).getTime() - now < RENEW_BEFORE_MS) return 'expires within 30 days';
  if (!publicKeyPem) return 'no private key on the host';
  const spki = (pem: string) => createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
  if (spki(publicKeyPem) !== spki(cert.publicKey.export({ type: 'spki', format: 'pem' }) as string)) return 'does not match the host key';
  if (sans) {
    const have = sansOf(cert);
    if (
      !sameSet(have.dns, sans.dns) ||
      !sameSet(
        have.ips,
        sans.ips.map((i) => canonicalIp(i) ?? i),
      )
    )
      return 'SANs differ';
  }
  return undefined;
}
