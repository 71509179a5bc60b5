import { NotFoundError, PolicyError, SpecError } from '@kdeploy/errors';
import { ClusterFacts, ClusterHost } from './cluster-facts';
import { ParsedCsr } from './csr';
import { Profile } from './profiles';
import { Subject, SubjectAltNames, subjectString } from '@kdeploy/x509';

/** What a request asks to be signed, after the profile has decided everything else. */
export interface SigningDecision {
  subject: Subject;
  sans: SubjectAltNames;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const normalIp = (ip: string) => (ip.includes(':') ? ip.toLowerCase() : ip);

/** The host a host-bound profile is for; refuses a host that lacks the profile's role. */
export function hostFor(profile: Profile, facts: ClusterFacts, hostName: string | undefined): ClusterHost | undefined {
  if (!profile.hostRole) return undefined;
  if (!hostName) throw new SpecError([{ path: 'host', message: `profile ${profile.id} is bound to a host; name one` }]);
  const host = facts.hosts.find((h) => h.name === hostName);
  if (!host) throw new NotFoundError(`host ${hostName} is not part of this cluster`);
  if (!host.roles.includes(profile.hostRole))
    throw new PolicyError(`host ${hostName} does not have role ${profile.hostRole} required by profile ${profile.id}`);
  return host;
}

/** Refuses any SAN the profile does not allow for this host, naming each one. */
export function checkSans(profile: Profile, facts: ClusterFacts, host: ClusterHost | undefined, sans: SubjectAltNames): void {
  const allowed = profile.allowedSans(facts, host);
  const badDns = sans.dns.filter((d) => !allowed.dns.includes(d.toLowerCase()));
  const badIps = sans.ips.filter((ip) => !allowed.ips.map(normalIp).includes(normalIp(ip)));
  const refused = [...badDns, ...badIps];
  if (refused.length)
    throw new PolicyError(`profile ${profile.id} does not allow SAN(s) ${refused.join(', ')}${host ? ` for host ${host.name}` : ''}`);
}

/**
 * Decides what to sign for a CSR: its subject must be exactly the profile's, it may ask for no
 * usage, extension or SAN beyond the profile's, and its key must be the profile's algorithm
 * and at least its size. `requestedSans`, when given, must equal the CSR's own SANs (or stand
 * in for them when the CSR has none).
 */
export function decideCsr(
  profile: Profile,
  facts: ClusterFacts,
  host: ClusterHost | undefined,
  csr: ParsedCsr,
  requestedSans?: SubjectAltNames,
): SigningDecision {
  const subject = profile.subject(host);
  if (csr.subject.commonName !== subject.commonName || !sameSet(csr.subject.organizations, subject.organizations)) {
    throw new PolicyError(
      `profile ${profile.id} signs only subject "${subjectString(subject)}", the CSR asks for "${subjectString(csr.subject)}"`,
    );
  }
  if (csr.requestsCA) throw new PolicyError(`profile ${profile.id} does not sign CA certificates`);
  if (csr.otherExtensions.length) throw new PolicyError(`profile ${profile.id} does not allow ${csr.otherExtensions.join(', ')}`);
  const badUsage = [
    ...csr.keyUsages.filter((u) => !profile.keyUsages.includes(u)),
    ...csr.extKeyUsages.filter((u) => !profile.extKeyUsages.includes(u)),
  ];
  if (badUsage.length) throw new PolicyError(`profile ${profile.id} does not allow usage(s) ${badUsage.join(', ')}`);
  // ECDSA P-256 (or P-384) is at least as strong as any RSA size a cluster may have below 4096 bits
  const strongEnough = csr.keyAlgorithm === 'ecdsa' ? csr.keySize >= 384 || facts.keySize < 4096 : csr.keySize >= facts.keySize;
  if (!strongEnough)
    throw new PolicyError(
      `profile ${profile.id} needs an RSA key of at least ${facts.keySize} bits${facts.keySize < 4096 ? ' or ECDSA P-256' : ' or ECDSA P-384'}, the CSR has ${csr.keyAlgorithm === 'ecdsa' ? 'ECDSA' : 'RSA'} ${csr.keySize}`,
    );

  const csrHasSans = csr.sans.dns.length + csr.sans.ips.length > 0;
  const sans = requestedSans && requestedSans.dns.length + requestedSans.ips.length > 0 ? requestedSans : csr.sans;
  if (csrHasSans && (!sameSet(sans.dns, csr.sans.dns) || !sameSet(sans.ips.map(normalIp), csr.sans.ips.map(normalIp)))) {
    throw new SpecError([{ path: 'requested_sans', message: 'differ from the SANs in the CSR' }]);
  }
  checkSans(profile, facts, host, sans);
  return { subject, sans };
}
