import { createPublicKey, verify } from 'node:crypto';
import forge from 'node-forge';
import { SpecError } from '@kdeploy/errors';
import { ExtKeyUsage, KeyUsage, Subject, SubjectAltNames } from '@kdeploy/x509';

/** What a CSR asks for, read from its subject and its extensionRequest attribute. */
export interface ParsedCsr {
  subject: Subject;
  publicKeyPem: string;
  keyAlgorithm: 'rsa';
  keySize: number;
  sans: SubjectAltNames;
  keyUsages: KeyUsage[];
  extKeyUsages: ExtKeyUsage[];
  /** Other extensions requested (e.g. basicConstraints CA:TRUE); always refused. */
  otherExtensions: string[];
  requestsCA: boolean;
}

/** The parts of forge's CSR object used here (its typings omit the CSR type). */
interface ForgeCsr {
  subject: { getField(name: string): { value: unknown } | null; attributes: { shortName?: string; type?: string; value: unknown }[] };
  publicKey: forge.pki.rsa.PublicKey;
  signature: string;
  signatureOid: string;
  certificationRequestInfo: forge.asn1.Asn1;
  getAttribute(opts: { name: string }): unknown;
}

const KEY_USAGES: KeyUsage[] = ['digitalSignature', 'keyEncipherment', 'keyCertSign', 'cRLSign'];
const EXT_USAGES: ExtKeyUsage[] = ['serverAuth', 'clientAuth'];
const ALL_EXT_USAGES = [...EXT_USAGES, 'codeSigning', 'emailProtection', 'timeStamping'];

function bad(message: string): SpecError {
  return new SpecError([{ path: 'csr', message }]);
}

function readExtensions(csr: ForgeCsr, out: ParsedCsr): void {
  const req = csr.getAttribute({ name: 'extensionRequest' }) as { extensions?: Record<string, unknown>[] } | null;
  for (const ext of req?.extensions ?? []) {
    const name = String(ext['name'] ?? ext['id']);
    if (name === 'subjectAltName') {
      for (const alt of (ext['altNames'] as { type: number; value?: string; ip?: string }[]) ?? []) {
        if (alt.type === 2 && alt.value) out.sans.dns.push(alt.value);
        else if (alt.type === 7 && alt.ip) out.sans.ips.push(alt.ip);
        else throw bad(`unsupported subjectAltName type ${alt.type}; only DNS names and IP addresses are signed`);
      }
    } else if (name === 'keyUsage') {
      out.keyUsages.push(...KEY_USAGES.filter((u) => ext[u]));
      for (const u of ['nonRepudiation', 'dataEncipherment', 'keyAgreement', 'encipherOnly', 'decipherOnly'])
        if (ext[u]) out.otherExtensions.push(`keyUsage ${u}`);
    } else if (name === 'extKeyUsage') {
      for (const u of ALL_EXT_USAGES) {
        if (!ext[u]) continue;
        if ((EXT_USAGES as string[]).includes(u)) out.extKeyUsages.push(u as ExtKeyUsage);
        else out.otherExtensions.push(`extKeyUsage ${u}`);
      }
    } else if (name === 'basicConstraints') {
      out.requestsCA = Boolean(ext['cA']);
    } else {
      out.otherExtensions.push(name);
    }
  }
}

/**
 * Parses a PEM CSR and checks its self-signature natively (proof that the requester holds the
 * key). Anything unreadable is a SpecError on field `csr`.
 */
export function parseCsr(pem: string): ParsedCsr {
  let csr: ForgeCsr;
  try {
    csr = forge.pki.certificationRequestFromPem(pem, false, false) as unknown as ForgeCsr;
  } catch (e) {
    throw bad(`not a PEM certificate request with an RSA key (${(e as Error).message})`);
  }
  const info = csr.certificationRequestInfo;
  const publicKeyPem = forge.pki.publicKeyToPem(csr.publicKey);
  const sigOid = csr.signatureOid;
  const digest = {
    [forge.pki.oids['sha256WithRSAEncryption']]: 'sha256',
    [forge.pki.oids['sha384WithRSAEncryption']]: 'sha384',
    [forge.pki.oids['sha512WithRSAEncryption']]: 'sha512',
  }[sigOid];
  if (!digest) throw bad('CSR signature algorithm must be RSA with SHA-256, SHA-384 or SHA-512');
  const ok = verify(
    digest,
    Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary'),
    createPublicKey(publicKeyPem),
    Buffer.from(csr.signature, 'binary'),
  );
  if (!ok) throw bad('CSR signature does not verify: it was not signed by the key it carries');

  const cn = csr.subject.getField('CN');
  if (!cn) throw bad('CSR subject has no common name');
  const out: ParsedCsr = {
    subject: {
      commonName: String(cn.value),
      organizations: csr.subject.attributes.filter((a) => a.shortName === 'O').map((a) => String(a.value)),
    },
    publicKeyPem,
    keyAlgorithm: 'rsa',
    keySize: csr.publicKey.n.bitLength(),
    sans: { dns: [], ips: [] },
    keyUsages: [],
    extKeyUsages: [],
    otherExtensions: [],
    requestsCA: false,
  };
  const unexpected = csr.subject.attributes.filter((a) => a.shortName !== 'CN' && a.shortName !== 'O');
  if (unexpected.length) out.otherExtensions.push(...unexpected.map((a) => `subject ${a.shortName ?? a.type}`));
  readExtensions(csr, out);
  return out;
}
