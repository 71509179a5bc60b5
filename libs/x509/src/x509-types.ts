/** Key usages a profile may grant (RFC 5280 names as forge spells them). */
export type KeyUsage = 'digitalSignature' | 'keyEncipherment' | 'keyCertSign' | 'cRLSign';

/** Extended key usages a profile may grant. */
export type ExtKeyUsage = 'serverAuth' | 'clientAuth';

/** Subject of a certificate: one common name and zero or more organizations (Kubernetes groups). */
export interface Subject {
  commonName: string;
  organizations: string[];
}

/** Subject alternative names, split by kind as X.509 stores them. */
export interface SubjectAltNames {
  dns: string[];
  ips: string[];
}

/** Renders a subject the way `openssl x509 -subject` does, for reports and errors. */
export function subjectString(s: Subject): string {
  return [...s.organizations.map((o) => `O=${o}`), `CN=${s.commonName}`].join(', ');
}
