import { createHash, createPublicKey, KeyObject, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { signCertificate } from './native-sign';
import { ExtKeyUsage, KeyUsage, Subject, SubjectAltNames } from './x509-types';

/** Everything that goes into one certificate. */
export interface CertificateTemplate {
  subject: Subject;
  publicKeyPem: string;
  isCA: boolean;
  keyUsages: KeyUsage[];
  extKeyUsages: ExtKeyUsage[];
  sans: SubjectAltNames;
  notBefore: Date;
  notAfter: Date;
}

/** The issuing CA, parsed once: its subject (the issuer name), key identifier and native key. */
export interface Issuer {
  certPem: string;
  key: KeyObject;
  subject: forge.pki.CertificateField[];
  keyIdentifier: string;
  notAfter: Date;
}

/** Prepares a CA for signing; parsing its certificate per signature would cost more than signing. */
export function toIssuer(certPem: string, key: KeyObject): Issuer {
  const cert = forge.pki.certificateFromPem(certPem);
  return {
    certPem,
    key,
    subject: cert.subject.attributes,
    keyIdentifier: cert.generateSubjectKeyIdentifier().getBytes(),
    notAfter: cert.validity.notAfter,
  };
}

/** How far back notBefore goes, so hosts whose clocks lag a little accept a fresh certificate. */
export const BACKDATE_MS = 5 * 60 * 1000;

function attributes(s: Subject): forge.pki.CertificateField[] {
  return [...s.organizations.map((value) => ({ name: 'organizationName', value })), { name: 'commonName', value: s.commonName }];
}

/** A positive 128-bit serial: random so that two services never collide, top bit clear for DER. */
export function newSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] &= 0x7f;
  bytes[0] |= 0x01;
  return bytes.toString('hex');
}

const { asn1 } = forge;

/**
 * forge encodes RSA keys only: where it must hold an ECDSA key (a certificate it builds, a CSR it
 * reads) this placeholder takes the key's place in the ASN.1 and the real key is handled natively.
 */
export const PLACEHOLDER_RSA_KEY = forge.pki.setRsaPublicKey(new forge.jsbn.BigInteger('3'), new forge.jsbn.BigInteger('65537'));

/** RFC 5280's key identifier (method 1): SHA-1 of the subjectPublicKey bits, as forge computes it for RSA. */
function keyIdentifier(spkiDer: Buffer): string {
  const spki = asn1.fromDer(forge.util.createBuffer(spkiDer.toString('binary')));
  const bits = (spki.value as forge.asn1.Asn1[])[1].value as string;
  return createHash('sha1')
    .update(Buffer.from(bits.slice(1), 'binary'))
    .digest('binary');
}

/** Builds and signs a certificate; a CA template without issuer is self-signed with `selfKey`. */
export function buildCertificate(t: CertificateTemplate, issuer: Issuer | { selfKey: KeyObject }): { certPem: string; serial: string } {
  const cert = forge.pki.createCertificate();
  const publicKey = createPublicKey(t.publicKeyPem);
  // an ECDSA key (a leaf's): its SPKI goes into the TBSCertificate as Node encodes it
  const spkiDer = publicKey.asymmetricKeyType === 'rsa' ? undefined : publicKey.export({ type: 'spki', format: 'der' });
  cert.publicKey = spkiDer ? PLACEHOLDER_RSA_KEY : forge.pki.publicKeyFromPem(t.publicKeyPem);
  cert.serialNumber = newSerial();
  cert.validity.notBefore = t.notBefore;
  cert.validity.notAfter = t.notAfter;
  cert.setSubject(attributes(t.subject));
  cert.setIssuer('certPem' in issuer ? issuer.subject : attributes(t.subject));

  const usages = Object.fromEntries(t.keyUsages.map((u) => [u, true]));
  const extensions: object[] = [
    // An issued CA (the in-cluster signer) may sign leaves only.
    { name: 'basicConstraints', cA: t.isCA, critical: true, ...(t.isCA && 'certPem' in issuer ? { pathLenConstraint: 0 } : {}) },
    { name: 'keyUsage', critical: true, ...usages },
    spkiDer
      ? { name: 'subjectKeyIdentifier', value: asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, keyIdentifier(spkiDer)) }
      : { name: 'subjectKeyIdentifier' },
  ];
  if (t.extKeyUsages.length) extensions.push({ name: 'extKeyUsage', ...Object.fromEntries(t.extKeyUsages.map((u) => [u, true])) });
  const altNames = [...t.sans.dns.map((value) => ({ type: 2, value })), ...t.sans.ips.map((ip) => ({ type: 7, ip }))];
  if (altNames.length) extensions.push({ name: 'subjectAltName', altNames });
  if ('certPem' in issuer) {
    extensions.push({ name: 'authorityKeyIdentifier', keyIdentifier: issuer.keyIdentifier });
  }
  cert.setExtensions(extensions);
  const certPem = signCertificate(cert, 'certPem' in issuer ? issuer.key : issuer.selfKey, spkiDer);
  return { certPem, serial: cert.serialNumber };
}
