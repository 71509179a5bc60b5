import { createPublicKey, KeyObject, verify } from 'node:crypto';
import forge from 'node-forge';
import { SpecError } from '@kdeploy/errors';
import { ExtKeyUsage, KeyUsage, PLACEHOLDER_RSA_KEY, Subject, SubjectAltNames } from '@kdeploy/x509';

/** What a CSR asks for, read from its subject and its extensionRequest attribute. */
export interface ParsedCsr {
  subject: Subject;
  publicKeyPem: string;
  keyAlgorithm: 'rsa' | 'ecdsa';
  /** RSA modulus bits, or the curve's bits. */
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

/** forge reads a CSR around an RSA key only: the placeholder takes the key's place while it reads the rest. */
const PLACEHOLDER_SPKI = forge.pki.publicKeyToAsn1(PLACEHOLDER_RSA_KEY);

const DIGESTS: Record<string, string> = {
  [forge.pki.oids['sha256WithRSAEncryption']]: 'sha256',
  [forge.pki.oids['sha384WithRSAEncryption']]: 'sha384',
  [forge.pki.oids['sha512WithRSAEncryption']]: 'sha512',
  '1.2.840.10045.4.3.2': 'sha256', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3': 'sha384', // ecdsa-with-SHA384
};

/** The key's algorithm and size (RSA modulus bits, or the curve's bits for ECDSA P-256 and P-384). */
function keyOf(key: KeyObject): { keyAlgorithm: 'rsa' | 'ecdsa'; keySize: number } {
  const d = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa') return { keyAlgorithm: 'rsa', keySize: d.modulusLength ?? 0 };
  if (key.asymmetricKeyType === 'ec' && (d.namedCurve === 'prime256v1' || d.namedCurve === 'secp384r1'))
    return { keyAlgorithm: 'ecdsa', keySize: d.namedCurve === 'prime256v1' ? 256 : 384 };
  throw bad(`CSR key must be RSA or ECDSA on P-256 or P-384, not ${key.asymmetricKeyType} ${d.namedCurve ?? ''}`.trim());
}

/**
 * Parses a PEM CSR (RSA or ECDSA key) and checks its self-signature natively (proof that the
 * requester holds the key). Anything unreadable is a SpecError on field `csr`.
 */
export function parseCsr(pem: string): ParsedCsr {
  let csr: ForgeCsr;
  let infoDer: Buffer;
  let publicKey: KeyObject;
  try {
    const der = forge.pem.decode(pem).find((m) => m.type === 'CERTIFICATE REQUEST' || m.type === 'NEW CERTIFICATE REQUEST');
    if (!der) throw new Error('no CERTIFICATE REQUEST block');
    const root = forge.asn1.fromDer(der.body);
    const info = (root.value as forge.asn1.Asn1[])[0];
    infoDer = Buffer.from(forge.asn1.toDer(info).getBytes(), 'binary');
    const fields = info.value as forge.asn1.Asn1[];
    publicKey = createPublicKey({ key: Buffer.from(forge.asn1.toDer(fields[2]).getBytes(), 'binary'), format: 'der', type: 'spki' });
    fields[2] = PLACEHOLDER_SPKI;
    csr = forge.pki.certificationRequestFromAsn1(root, false) as unknown as ForgeCsr;
  } catch (e) {
    if (e instanceof SpecError) throw e;
    throw bad(`not a PEM certificate request with an RSA or ECDSA key (${(e as Error).message})`);
  }
  const key = keyOf(publicKey);
  const digest = DIGESTS[csr.signatureOid];
  if (!digest) throw bad('CSR signature algorithm must be RSA or ECDSA with SHA-256, SHA-384 or SHA-512');
  if ((key.keyAlgorithm === 'ecdsa') !== csr.signatureOid.startsWith('1.2.840.10045.'))
    throw bad('CSR signature algorithm does not match its key');
  const ok = verify(digest, infoDer, publicKey, Buffer.from(csr.signature, 'binary'));
  if (!ok) throw bad('CSR signature does not verify: it was not signed by the key it carries');

  const cn = csr.subject.getField('CN');
  if (!cn) throw bad('CSR subject has no common name');
  const out: ParsedCsr = {
    subject: {
      commonName: String(cn.value),
      organizations: csr.subject.attributes.filter((a) => a.shortName === 'O').map((a) => String(a.value)),
    },
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    ...key,
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
